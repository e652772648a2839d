package aura.domain.routing;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * A generation to place: the model, the client's max_tokens if it sent one, the prompt's length in tokens, and
 * {@code keptInMesh}: the gatekeeper's rule that keeps the request from every backend outside the mesh, when one
 * matched it (such a node is no candidate for it).
 */
public record RouteRequest(String model, OptionalInt maxTokens, int promptTokens, Optional<String> keptInMesh) {
    public RouteRequest {
        if (keptInMesh == null) keptInMesh = Optional.empty();
        if (model == null || model.isBlank()) throw new IllegalArgumentException("a route request needs a model");
        if (maxTokens == null) maxTokens = OptionalInt.empty();
        if (maxTokens.isPresent() && maxTokens.getAsInt() < 1) throw new IllegalArgumentException("max tokens must be >= 1");
        if (promptTokens < 0) throw new IllegalArgumentException("prompt tokens must be >= 0");
    }

    /** A request any node with the model may serve. */
    public RouteRequest(String model, OptionalInt maxTokens, int promptTokens) {
        this(model, maxTokens, promptTokens, Optional.empty());
    }

    public static RouteRequest of(String model) {
        return new RouteRequest(model, OptionalInt.empty(), 0);
    }
}
