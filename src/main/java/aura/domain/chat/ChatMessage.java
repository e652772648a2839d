package aura.domain.chat;

import java.time.Instant;
import java.util.Optional;

/**
 * One message of a conversation, in order ({@code seq}). An answer records which node and model produced it, token
 * counts, time to first token and total time, the routing decision behind it, and a note when it did not finish.
 */
public record ChatMessage(String id, String conversationId, long seq, ChatTurn.Speaker speaker, String content,
                          MessageState state, Optional<String> node, Optional<String> model, int promptTokens,
                          int outputTokens, long firstTokenMillis, long totalMillis, Optional<String> decisionId,
                          Optional<String> note, Instant created) {
    public static final int MAX_CONTENT = 100_000;

    public ChatMessage {
        if (id == null || conversationId == null || speaker == null || state == null || created == null) {
            throw new IllegalArgumentException("message is incomplete");
        }
        if (content == null) content = "";
    }

    public ChatMessage withProgress(String text, MessageState newState, Optional<String> servedBy) {
        return new ChatMessage(id, conversationId, seq, speaker, text, newState, servedBy, model, promptTokens,
                outputTokens, firstTokenMillis, totalMillis, decisionId, note, created);
    }

    public ChatMessage finished(String text, MessageState newState, String servedBy, int prompt, int output,
                                long firstToken, long total, Optional<String> why) {
        return new ChatMessage(id, conversationId, seq, speaker, text, newState, Optional.ofNullable(servedBy), model,
                prompt, output, firstToken, total, decisionId, why, created);
    }

    public ChatTurn turn() {
        return new ChatTurn(speaker, content);
    }
}
