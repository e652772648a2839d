package aura.application.chat;

import aura.application.chat.port.ChatMessages;
import aura.application.node.ThisNode;
import jakarta.inject.Singleton;

/**
 * At start-up, before this node generates anything: answers it left streaming when it stopped (killed, crashed)
 * become partial, and so do streaming answers that name no owner (stored before answers had one).
 */
@Singleton
public record ReleaseLeftoverAnswers(ChatMessages messages, ThisNode node) {
    /** How many answers were released. */
    public int release() {
        String self = node.identity().name();
        return OrphanedAnswers.release(messages, m -> m.owner().map(self::equals).orElse(true),
                "node {owner} stopped while generating this answer; continue it to finish");
    }
}
