package aura.domain.chat;

/** What a finished generation reports: token counts as the backend counted them (0 when it did not say). */
public record GenerationOutcome(int promptTokens, int outputTokens) {
}
