package aura.domain.chat;

import java.util.OptionalDouble;

/**
 * What a finished generation reports: token counts as the backend counted them (0 when it did not say), and
 * {@code decodeNanos}, the time the backend says it spent writing the answer tokens (Ollama's
 * {@code eval_duration}; 0 when it did not say).
 */
public record GenerationOutcome(int promptTokens, int outputTokens, long decodeNanos) {
    public GenerationOutcome(int promptTokens, int outputTokens) {
        this(promptTokens, outputTokens, 0);
    }

    /** The decode speed the backend measured itself, when it reported one. */
    public OptionalDouble reportedTokensPerSecond() {
        return outputTokens > 0 && decodeNanos > 0 ? OptionalDouble.of(outputTokens * 1e9 / decodeNanos) : OptionalDouble.empty();
    }
}
