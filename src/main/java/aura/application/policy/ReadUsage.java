package aura.application.policy;

import aura.application.auth.Caller;
import aura.application.auth.port.UserAccounts;
import aura.application.policy.port.UsageLedger;
import aura.domain.auth.UserAccount;
import aura.domain.policy.Budget;
import aura.domain.policy.UsagePeriod;
import aura.domain.policy.UsageTotal;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What was used today or this month, per person, model and node, with its cost at today's prices: a person sees
 * their own, an admin everyone's. It comes with the caller's standing against their monthly budget.
 */
@Singleton
public record ReadUsage(UsageLedger ledger, UserAccounts accounts, BudgetStandings standings, CurrentPolicies policies,
                        Clock clock) {
    public record Line(String userId, String username, String model, String node, long promptTokens,
                       long outputTokens, long generations, double dollars) {
    }

    public record Report(UsagePeriod period, Instant since, List<Line> lines, long tokens, double dollars,
                         Budget.Standing budget) {
    }

    public Report read(Caller caller, UsagePeriod period) {
        Instant now = clock.instant();
        Instant since = period.start(now);
        Map<String, String> names = new HashMap<>();
        List<Line> lines = ledger.totals(since, caller.admin() ? Optional.empty() : Optional.of(caller.userId())).stream()
                .map(t -> line(t, names.computeIfAbsent(t.userId(),
                        id -> accounts.byId(id).map(UserAccount::username).orElse(id))))
                .toList();
        long tokens = lines.stream().mapToLong(l -> l.promptTokens() + l.outputTokens()).sum();
        double dollars = lines.stream().mapToDouble(Line::dollars).sum();
        return new Report(period, since, lines, tokens, dollars, standings.of(caller.userId(), now));
    }

    private Line line(UsageTotal t, String username) {
        return new Line(t.userId(), username, t.model(), t.node(), t.promptTokens(), t.outputTokens(), t.generations(),
                policies.now().prices().cost(t.model(), t.promptTokens(), t.outputTokens()));
    }
}
