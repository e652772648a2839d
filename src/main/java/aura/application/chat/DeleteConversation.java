package aura.application.chat;

import aura.application.chat.port.Conversations;
import aura.application.auth.Caller;
import jakarta.inject.Singleton;

/** Deletes one of the caller's conversations with its messages. */
@Singleton
public record DeleteConversation(Conversations conversations) {
    public void delete(Caller caller, String id) {
        conversations.delete(OwnConversation.of(conversations, caller, id).id());
    }
}
