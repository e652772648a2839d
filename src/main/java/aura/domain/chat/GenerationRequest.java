package aura.domain.chat;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * What to generate: the model, the whole prompt, an optional cap on output tokens and an optional sampling
 * temperature (the backend's default without one). When the last turn is the assistant's, the backend continues
 * that text (used to fail over mid-answer without repeating it).
 */
public record GenerationRequest(String model, List<ChatTurn> turns, OptionalInt maxTokens, OptionalDouble temperature) {
    public GenerationRequest {
        if (model == null || model.isBlank()) throw new IllegalArgumentException("a generation needs a model");
        turns = List.copyOf(turns);
        if (maxTokens == null) maxTokens = OptionalInt.empty();
        if (temperature == null) temperature = OptionalDouble.empty();
    }

    public GenerationRequest(String model, List<ChatTurn> turns, OptionalInt maxTokens) {
        this(model, turns, maxTokens, OptionalDouble.empty());
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
        return new GenerationRequest(other, turns, maxTokens, temperature);
    }

    /** The question without the partial answer, for a server that can only start the answer again. */
    public GenerationRequest afresh() {
        return continuesAnAnswer() ? new GenerationRequest(model, turns.subList(0, turns.size() - 1), maxTokens, temperature) : this;
    }

    /** The same request continuing {@code partialAnswer}: after the prefill this request already ends with, if any. */
    public GenerationRequest continuing(String partialAnswer) {
        var more = new java.util.ArrayList<>(turns);
        if (!more.isEmpty() && more.get(more.size() - 1).speaker() == ChatTurn.Speaker.ASSISTANT) {
            partialAnswer = more.remove(more.size() - 1).content() + partialAnswer;
        }
        more.add(new ChatTurn(ChatTurn.Speaker.ASSISTANT, partialAnswer));
        return new GenerationRequest(model, more, maxTokens, temperature);
    }
}
