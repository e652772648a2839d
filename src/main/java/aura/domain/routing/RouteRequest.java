package aura.domain.routing;

import java.util.OptionalInt;

/** A generation to place: the model, the client's max_tokens if it sent one, and the prompt's length in tokens. */
public record RouteRequest(String model, OptionalInt maxTokens, int promptTokens) {
    public RouteRequest {
        if (model == null || model.isBlank()) throw new IllegalArgumentException("a route request needs a model");
        if (maxTokens == null) maxTokens = OptionalInt.empty();
        if (maxTokens.isPresent() && maxTokens.getAsInt() < 1) throw new IllegalArgumentException("max tokens must be >= 1");
        if (promptTokens < 0) throw new IllegalArgumentException("prompt tokens must be >= 0");
    }

    public static RouteRequest of(String model) {
        return new RouteRequest(model, OptionalInt.empty(), 0);
    }
}
