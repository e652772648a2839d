package aura.application.chat;

import aura.application.chat.port.Conversations;
import aura.application.auth.Caller;
import aura.domain.chat.Conversation;
import aura.domain.problem.NotFound;

/** The rule every conversation action shares: a person only ever sees their own (anyone else's is not found). */
final class OwnConversation {
    private OwnConversation() {
    }

    static Conversation of(Conversations conversations, Caller caller, String id) {
        return conversations.find(id).filter(c -> c.userId().equals(caller.userId()))
                .orElseThrow(() -> new NotFound("no conversation " + id));
    }
}
