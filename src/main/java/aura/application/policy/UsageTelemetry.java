package aura.application.policy;

import aura.application.monitor.port.Telemetry;
import aura.application.policy.port.Budgets;
import aura.application.policy.port.UsageLedger;
import aura.domain.policy.Budget;
import aura.application.routing.port.RoutingLog;
import aura.domain.monitor.Reading;
import aura.domain.policy.UsagePeriod;
import aura.domain.policy.UsageTotal;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The policies' figures in the node's samples, for the monitor's alert rules (the seed's alerts): the strategic
 * tier's share of today's generations ({@code policy.strategic_share}), the most one person has cost this month
 * ({@code policy.user_dollars_month_max}, at today's prices), how many people have used 80 % or more of their
 * monthly budget ({@code policy.budgets_nearly_spent}: the alert beside the banner) and the share of the last
 * hour's routing decisions
 * that ended without a node serving them ({@code routing.failure_fraction}). They are mesh-wide (the shared
 * database), read at most once a minute, and left out while there is nothing to divide by.
 */
@Singleton
public class UsageTelemetry implements Telemetry {
    static final Duration REFRESH = Duration.ofMinutes(1);
    static final int DECISIONS = 2000;
    private final UsageLedger ledger;
    private final RoutingLog routing;
    private final CurrentPolicies policies;
    private final Budgets budgets;
    private final Clock clock;
    private volatile Reading last;

    public UsageTelemetry(UsageLedger ledger, RoutingLog routing, CurrentPolicies policies, Budgets budgets, Clock clock) {
        this.ledger = ledger;
        this.budgets = budgets;
        this.routing = routing;
        this.policies = policies;
        this.clock = clock;
    }

    @Override
    public Reading read() {
        Instant now = clock.instant();
        Reading kept = last;
        if (kept != null && kept.at().plus(REFRESH).isAfter(now)) return new Reading(now, kept.gauges(), Map.of());
        Map<String, Double> gauges = new HashMap<>();
        try {
            strategicShare(now, gauges);
            thisMonth(now, gauges);
            routingFailures(now, gauges);
        } catch (RuntimeException unreadable) {
            // the database is out of reach: this sample goes without the policies' figures
            return Reading.empty(now);
        }
        Reading reading = new Reading(now, gauges, Map.of());
        last = reading;
        return reading;
    }

    private void strategicShare(Instant now, Map<String, Double> gauges) {
        var strategic = policies.now().tiers().strategic();
        if (strategic.isEmpty()) return;
        long all = 0;
        long onStrategic = 0;
        for (UsageTotal t : ledger.totals(UsagePeriod.DAY.start(now), java.util.Optional.empty())) {
            all += t.generations();
            if (t.model().equals(strategic.get())) onStrategic += t.generations();
        }
        if (all > 0) gauges.put("policy.strategic_share", (double) onStrategic / all);
    }

    /** The costliest person this month, and how many people stand at 80 % or more of their budget. */
    private void thisMonth(Instant now, Map<String, Double> gauges) {
        PolicySettings settings = policies.now();
        Map<String, Double> dollars = new HashMap<>();
        Map<String, Long> tokens = new HashMap<>();
        for (UsageTotal t : ledger.totals(UsagePeriod.MONTH.start(now), java.util.Optional.empty())) {
            dollars.merge(t.userId(), settings.prices().cost(t.model(), t.promptTokens(), t.outputTokens()), Double::sum);
            tokens.merge(t.userId(), t.tokens(), Long::sum);
        }
        if (dollars.isEmpty()) return;
        gauges.put("policy.user_dollars_month_max", dollars.values().stream().mapToDouble(d -> d).max().orElse(0));
        long nearlySpent = 0;
        for (String user : dollars.keySet()) {
            Budget budget = budgets.of(user).orElse(settings.defaultBudget());
            if (budget.limited() && budget.standing(tokens.get(user), dollars.get(user)).state() != Budget.State.WITHIN) nearlySpent++;
        }
        gauges.put("policy.budgets_nearly_spent", (double) nearlySpent);
    }

    private void routingFailures(Instant now, Map<String, Double> gauges) {
        Instant since = now.minus(Duration.ofHours(1));
        List<RoutingLog.Entry> recent = routing.recent(DECISIONS);
        long ended = 0;
        long failed = 0;
        for (RoutingLog.Entry e : recent) {
            if (e.at().isBefore(since) || e.outcome().isEmpty()) continue;
            ended++;
            if (e.servedBy().isEmpty()) failed++;
        }
        if (ended > 0) gauges.put("routing.failure_fraction", (double) failed / ended);
    }
}
