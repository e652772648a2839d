package aura.domain.policy;

import java.time.Instant;
import java.util.Objects;

/** The tokens of one finished generation, charged to the person it was for, with the model and the node that served it. */
public record Usage(String userId, String model, String node, int promptTokens, int outputTokens, Instant at) {
    public Usage {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(at, "at");
        if (promptTokens < 0 || outputTokens < 0) throw new IllegalArgumentException("token counts are never negative");
    }
}
