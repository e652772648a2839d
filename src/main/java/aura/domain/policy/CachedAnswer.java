package aura.domain.policy;

import java.util.Objects;

/** A whole answer kept for a deterministic request, with the model that wrote it and its token counts. */
public record CachedAnswer(String model, String text, int promptTokens, int outputTokens) {
    public CachedAnswer {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(text, "text");
    }
}
