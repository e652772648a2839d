package aura.application.chat;

import aura.application.chat.port.Conversations;
import aura.application.auth.Caller;
import aura.domain.chat.Conversation;
import jakarta.inject.Singleton;

import java.time.Clock;

/** Gives one of the caller's conversations a new title. */
@Singleton
public class RenameConversation {
    private final Conversations conversations;
    private final Clock clock;

    public RenameConversation(Conversations conversations, Clock clock) {
        this.conversations = conversations;
        this.clock = clock;
    }

    public Conversation rename(Caller caller, String id, String title) {
        Conversation renamed = OwnConversation.of(conversations, caller, id).retitled(Conversation.checkTitle(title), clock.instant());
        conversations.save(renamed);
        return renamed;
    }
}
