package aura.domain.policy;

import java.time.Instant;

/**
 * An audit row of the gatekeeper: who was blocked, when, by which rule (or {@code guard-model}), for which model,
 * and why. The request's text is not kept: it is what the rule was there to keep from spreading.
 */
public record BlockedRequest(String id, Instant at, String userId, String model, String rule, String reason,
                             boolean external) {
}
