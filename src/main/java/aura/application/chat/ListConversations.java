package aura.application.chat;

import aura.application.chat.port.Conversations;
import aura.application.auth.Caller;
import aura.domain.chat.Conversation;
import jakarta.inject.Singleton;

import java.util.List;

/** The caller's own conversations, most recently updated first. */
@Singleton
public record ListConversations(Conversations conversations) {
    public List<Conversation> list(Caller caller) {
        return conversations.forUser(caller.userId());
    }
}
