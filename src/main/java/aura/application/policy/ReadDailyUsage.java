package aura.application.policy;

import aura.application.auth.Caller;
import aura.application.policy.port.UsageLedger;
import aura.domain.policy.DailyUsage;
import aura.domain.policy.UsagePeriod;
import aura.domain.problem.InvalidInput;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Tokens and cost per day and model over the last {@code days} days (today included), for the usage page's chart:
 * a person's own, an admin's for everyone (as {@link ReadUsage}).
 */
@Singleton
public record ReadDailyUsage(UsageLedger ledger, CurrentPolicies policies, Clock clock) {
    public record Day(String day, String model, long promptTokens, long outputTokens, long generations, double dollars) {
    }

    public List<Day> read(Caller caller, int days) {
        if (days < 1 || days > 366) throw new InvalidInput("days", "days is 1 to 366");
        Instant since = UsagePeriod.DAY.start(clock.instant()).minus(Duration.ofDays(days - 1L));
        return ledger.daily(since, caller.admin() ? Optional.empty() : Optional.of(caller.userId())).stream()
                .map(this::day).toList();
    }

    private Day day(DailyUsage d) {
        return new Day(d.day().toString(), d.model(), d.promptTokens(), d.outputTokens(), d.generations(),
                policies.now().prices().cost(d.model(), d.promptTokens(), d.outputTokens()));
    }
}
