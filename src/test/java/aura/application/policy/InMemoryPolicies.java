package aura.application.policy;

import aura.application.mesh.port.NodeDirectory;
import aura.application.policy.port.Budgets;
import aura.application.policy.port.GateAudit;
import aura.application.policy.port.GateRuleStore;
import aura.application.policy.port.GuardModel;
import aura.application.policy.port.RateLimits;
import aura.domain.policy.BlockedRequest;
import aura.domain.policy.GateRule;
import aura.domain.policy.RateLimit;
import aura.application.policy.port.PinnedTiers;
import aura.application.routing.LiveNodes;
import aura.domain.policy.Tier;
import aura.application.policy.port.UsageLedger;
import aura.domain.policy.Budget;
import aura.domain.policy.PriceList;
import aura.domain.policy.Usage;
import aura.domain.policy.UsageTotal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** The policies' ports in memory, with the use cases over them, for tests of the core without a database. */
public final class InMemoryPolicies implements UsageLedger, Budgets, PinnedTiers, GateRuleStore, GateAudit, RateLimits,
        aura.application.policy.port.ResponseCache {
    /** The response cache's answers, by key; nothing expires. */
    public final Map<String, aura.domain.policy.CachedAnswer> answers = new ConcurrentHashMap<>();
    private final Map<String, GateRule> rules = new java.util.concurrent.ConcurrentSkipListMap<>();
    public final List<BlockedRequest> blocked = new CopyOnWriteArrayList<>();
    /** Requests and tokens taken per rate-limit key; nothing refills (a test's minute never ends). */
    private final Map<String, long[]> taken = new ConcurrentHashMap<>();
    public volatile GatekeeperSettings gatekeeper = GatekeeperSettings.RULES_ONLY;
    public volatile RateLimitSettings limits = RateLimitSettings.NONE;
    public volatile GuardModel guard = (model, text, timeout, keptInMesh) -> GuardModel.Verdict.SAFE;
    private final Map<String, Tier> pins = new ConcurrentHashMap<>();
    private final NodeDirectory directory;
    public final List<Usage> recorded = new CopyOnWriteArrayList<>();
    private final Map<String, Budget> budgets = new ConcurrentHashMap<>();
    private final PolicySettings settings;
    private final Clock clock;

    public InMemoryPolicies(PolicySettings settings, NodeDirectory directory, Clock clock) {
        this.settings = settings;
        this.directory = directory;
        this.clock = clock;
    }

    /** No prices, no budgets, no tiers: every request admitted as it came. */
    public static InMemoryPolicies none() {
        return new InMemoryPolicies(new PolicySettings(PriceList.NONE, Budget.NONE, Tiers.NONE), new LiveNodes(),
                Clock.systemUTC());
    }

    public AdmitGeneration admit() {
        return new AdmitGeneration(standings(), CurrentPolicies.fixed(settings), directory, clock, new ThrottleRequests(this, limits),
                new Gatekeeper(this, this, (m, t, d, k) -> guard.judge(m, t, d, k), gatekeeper, directory,
                        CurrentPolicies.fixed(settings), clock));
    }

    public RecordUsage recordUsage() {
        return new RecordUsage(this, clock, this, limits);
    }

    public BudgetStandings standings() {
        return new BudgetStandings(this, this, CurrentPolicies.fixed(settings));
    }

    @Override
    public void record(Usage usage) {
        recorded.add(usage);
    }

    @Override
    public List<UsageTotal> totals(Instant since, Optional<String> userId) {
        Map<String, UsageTotal> sums = new TreeMap<>();
        for (Usage u : recorded) {
            if (u.at().isBefore(since) || userId.filter(id -> !id.equals(u.userId())).isPresent()) continue;
            sums.merge(u.userId() + "\n" + u.model() + "\n" + u.node(),
                    new UsageTotal(u.userId(), u.model(), u.node(), u.promptTokens(), u.outputTokens(), 1),
                    (a, b) -> new UsageTotal(a.userId(), a.model(), a.node(), a.promptTokens() + b.promptTokens(),
                            a.outputTokens() + b.outputTokens(), a.generations() + b.generations()));
        }
        return new ArrayList<>(sums.values());
    }

    @Override
    public List<aura.domain.policy.DailyUsage> daily(Instant since, Optional<String> userId) {
        Map<String, aura.domain.policy.DailyUsage> sums = new TreeMap<>();
        for (Usage u : recorded) {
            if (u.at().isBefore(since) || userId.filter(id -> !id.equals(u.userId())).isPresent()) continue;
            var day = u.at().atZone(java.time.ZoneOffset.UTC).toLocalDate();
            sums.merge(day + "\n" + u.model(), new aura.domain.policy.DailyUsage(day, u.model(), u.promptTokens(), u.outputTokens(), 1),
                    (a, b) -> new aura.domain.policy.DailyUsage(day, u.model(), a.promptTokens() + b.promptTokens(),
                            a.outputTokens() + b.outputTokens(), a.generations() + b.generations()));
        }
        return new ArrayList<>(sums.values());
    }

    @Override
    public Optional<aura.domain.policy.CachedAnswer> find(String key) {
        return Optional.ofNullable(answers.get(key));
    }

    @Override
    public void keep(String key, aura.domain.policy.CachedAnswer answer) {
        answers.put(key, answer);
    }

    @Override
    public Optional<Tier> tierOf(String conversationId) {
        return Optional.ofNullable(pins.get(conversationId));
    }

    @Override
    public void pin(String conversationId, Optional<Tier> tier) {
        tier.ifPresentOrElse(t -> pins.put(conversationId, t), () -> pins.remove(conversationId));
    }

    @Override
    public Optional<Budget> of(String userId) {
        return Optional.ofNullable(budgets.get(userId));
    }

    @Override
    public void set(String userId, Budget budget) {
        budgets.put(userId, budget);
    }

    @Override
    public boolean clear(String userId) {
        return budgets.remove(userId) != null;
    }

    @Override
    public List<GateRule> all() {
        return new ArrayList<>(rules.values());
    }

    @Override
    public void save(GateRule rule) {
        rules.put(rule.name(), rule);
    }

    @Override
    public boolean remove(String name) {
        return rules.remove(name) != null;
    }

    @Override
    public void record(BlockedRequest b) {
        blocked.add(b);
    }

    @Override
    public List<BlockedRequest> recent(int limit) {
        List<BlockedRequest> newest = new ArrayList<>(blocked);
        java.util.Collections.reverse(newest);
        return newest.subList(0, Math.min(limit, newest.size()));
    }

    @Override
    public Optional<java.time.Duration> admit(String key, RateLimit limit) {
        long[] t = taken.computeIfAbsent(key, k -> new long[2]);
        synchronized (t) {
            if (limit.limitsTokens() && t[1] >= limit.tokensPerMinute()) return Optional.of(java.time.Duration.ofSeconds(60));
            if (limit.limitsRequests() && t[0] >= limit.requestsPerMinute()) return Optional.of(java.time.Duration.ofSeconds(60));
            t[0]++;
            return Optional.empty();
        }
    }

    @Override
    public void charge(String key, RateLimit limit, long tokens) {
        long[] t = taken.computeIfAbsent(key, k -> new long[2]);
        synchronized (t) {
            t[1] += tokens;
        }
    }
}
