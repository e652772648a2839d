package aura.domain.policy;

import java.util.Objects;

/** What one person used of one model on one node over a period: tokens and how many generations. */
public record UsageTotal(String userId, String model, String node, long promptTokens, long outputTokens, long generations) {
    public UsageTotal {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(node, "node");
        if (promptTokens < 0 || outputTokens < 0 || generations < 0) throw new IllegalArgumentException("totals are never negative");
    }

    public long tokens() {
        return promptTokens + outputTokens;
    }
}
