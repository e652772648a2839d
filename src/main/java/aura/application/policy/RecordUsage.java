package aura.application.policy;

import aura.application.policy.port.UsageLedger;
import aura.domain.policy.Usage;
import jakarta.inject.Singleton;

import java.time.Clock;

/** Charges a finished generation's tokens to the person it was for. */
@Singleton
public record RecordUsage(UsageLedger ledger, Clock clock) {
    public void record(String userId, String model, String node, int promptTokens, int outputTokens) {
        ledger.record(new Usage(userId, model, node, Math.max(0, promptTokens), Math.max(0, outputTokens), clock.instant()));
    }
}
