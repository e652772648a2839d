package aura.application.policy.port;

import aura.domain.policy.Usage;
import aura.domain.policy.UsageTotal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Every generation's tokens, per person, model and node, in the shared database. */
public interface UsageLedger {
    void record(Usage usage);

    /** Sums per person, model and node of what was used from {@code since} on; only {@code userId}'s when given. */
    List<UsageTotal> totals(Instant since, Optional<String> userId);

    /** Tokens per day (UTC) and model since {@code since}, of one person or (empty) everyone's, oldest first. */
    List<aura.domain.policy.DailyUsage> daily(Instant since, Optional<String> userId);
}
