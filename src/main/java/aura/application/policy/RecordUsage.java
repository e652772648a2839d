package aura.application.policy;

import aura.application.policy.port.RateLimits;
import aura.application.policy.port.UsageLedger;
import aura.domain.policy.Usage;
import jakarta.inject.Singleton;

import java.time.Clock;

/** Charges a finished generation's tokens to the person it was for: in the ledger, and on their rate limit. */
@Singleton
public record RecordUsage(UsageLedger ledger, Clock clock, RateLimits limits, RateLimitSettings settings) {
    public void record(String userId, String model, String node, int promptTokens, int outputTokens) {
        int prompt = Math.max(0, promptTokens);
        int output = Math.max(0, outputTokens);
        // the rate limit first: it counts even when the database cannot take the row
        limits.charge(ThrottleRequests.userKey(userId), settings.perUser(), (long) prompt + output);
        ledger.record(new Usage(userId, model, node, prompt, output, clock.instant()));
    }
}
