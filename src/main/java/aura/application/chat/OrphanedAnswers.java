package aura.application.chat;

import aura.application.chat.port.ChatMessages;
import aura.domain.chat.ChatMessage;
import aura.domain.chat.MessageState;

import java.util.Optional;
import java.util.function.Predicate;

/**
 * What releasing an orphaned answer means: a streaming answer whose owner is gone stops streaming — partial with
 * the text it has (so it can be continued), or failed if it has none — with the reason in its note.
 */
final class OrphanedAnswers {
    private OrphanedAnswers() {
    }

    static int release(ChatMessages messages, Predicate<ChatMessage> orphaned, String reason) {
        int released = 0;
        for (ChatMessage m : messages.streaming()) {
            if (!orphaned.test(m)) continue;
            var state = m.content().isEmpty() ? MessageState.FAILED : MessageState.PARTIAL;
            // only if it is still the orphan it was: a node may have released and someone continued it meanwhile
            boolean written = messages.updateIfOwnedBy(m.finished(m.content(), state, m.node().orElse(null), m.promptTokens(), m.outputTokens(),
                    m.firstTokenMillis(), m.totalMillis(), Optional.of(reason.replace("{owner}", m.owner().orElse("a node")))), m.owner().orElse(""));
            if (written) released++;
        }
        return released;
    }
}
