package aura.application.chat;

import aura.application.chat.port.Conversations;
import aura.application.auth.Caller;
import aura.domain.chat.Conversation;
import jakarta.inject.Singleton;

import java.time.Clock;

/** Gives one of the caller's conversations a new title. */
@Singleton
public record RenameConversation(Conversations conversations, Clock clock) {
    public Conversation rename(Caller caller, String id, String title) {
        Conversation renamed = OwnConversation.of(conversations, caller, id).retitled(Conversation.checkTitle(title), clock.instant());
        conversations.save(renamed);
        return renamed;
    }
}
