package aura.domain.chat;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * What to generate: the model, the whole prompt, an optional cap on output tokens and an optional sampling
 * temperature (the backend's default without one). When the last turn is the assistant's, the backend continues
 * that text (used to fail over mid-answer without repeating it). {@code keptInMesh}: the gatekeeper's rule that
 * keeps this request from backends outside the mesh, when one matched it; every request derived from it (a
 * fallback model, a continuation) is kept in the mesh too.
 */
public record GenerationRequest(String model, List<ChatTurn> turns, OptionalInt maxTokens, OptionalDouble temperature,
                                Optional<String> keptInMesh) {
    public GenerationRequest {
        if (model == null || model.isBlank()) throw new IllegalArgumentException("a generation needs a model");
        turns = List.copyOf(turns);
        if (maxTokens == null) maxTokens = OptionalInt.empty();
        if (temperature == null) temperature = OptionalDouble.empty();
        if (keptInMesh == null) keptInMesh = Optional.empty();
    }

    public GenerationRequest(String model, List<ChatTurn> turns, OptionalInt maxTokens, OptionalDouble temperature) {
        this(model, turns, maxTokens, temperature, Optional.empty());
    }

    public GenerationRequest(String model, List<ChatTurn> turns, OptionalInt maxTokens) {
        this(model, turns, maxTokens, OptionalDouble.empty());
    }

    /** The highest sampling temperature a request may ask for (OpenAI's range is 0 to 2). */
    public static final double MAX_TEMPERATURE = 2;

    /** A temperature a person sent, checked: from 0 to {@link #MAX_TEMPERATURE}, else a 400 naming {@code field}. */
    public static OptionalDouble checkedTemperature(OptionalDouble temperature, String field) {
        if (temperature == null) return OptionalDouble.empty();
        if (temperature.isPresent() && !(temperature.getAsDouble() >= 0 && temperature.getAsDouble() <= MAX_TEMPERATURE)) {
            throw new aura.domain.problem.InvalidInput(field, field + " must be from 0 to 2");
        }
        return temperature;
    }

    /** Asked at temperature 0: the same request should get the same answer, so one may be answered from a cache. */
    public boolean deterministic() {
        return temperature.isPresent() && temperature.getAsDouble() == 0 && !continuesAnAnswer();
    }

    /** Whether the last turn is a partial answer of the assistant's, to be continued. */
    public boolean continuesAnAnswer() {
        return !turns.isEmpty() && turns.get(turns.size() - 1).speaker() == ChatTurn.Speaker.ASSISTANT;
    }

    /** The same request for another model (a fallback). */
    public GenerationRequest withModel(String other) {
        return new GenerationRequest(other, turns, maxTokens, temperature, keptInMesh);
    }

    /** The same request, kept from backends outside the mesh by the gatekeeper's {@code rule} (when present). */
    public GenerationRequest keptInMeshBy(Optional<String> rule) {
        return new GenerationRequest(model, turns, maxTokens, temperature, rule);
    }

    /** The question without the partial answer, for a server that can only start the answer again. */
    public GenerationRequest afresh() {
        return continuesAnAnswer() ? new GenerationRequest(model, turns.subList(0, turns.size() - 1), maxTokens, temperature, keptInMesh) : this;
    }

    /** The same request continuing {@code partialAnswer}: after the prefill this request already ends with, if any. */
    public GenerationRequest continuing(String partialAnswer) {
        var more = new java.util.ArrayList<>(turns);
        if (!more.isEmpty() && more.get(more.size() - 1).speaker() == ChatTurn.Speaker.ASSISTANT) {
            partialAnswer = more.remove(more.size() - 1).content() + partialAnswer;
        }
        more.add(new ChatTurn(ChatTurn.Speaker.ASSISTANT, partialAnswer));
        return new GenerationRequest(model, more, maxTokens, temperature, keptInMesh);
    }
}
