package aura.application.chat;

import aura.application.chat.port.ChatMessages;
import aura.application.chat.port.Conversations;
import aura.application.auth.Caller;
import aura.domain.chat.ChatMessage;
import aura.domain.chat.Conversation;
import jakarta.inject.Singleton;

import java.util.List;

/** One of the caller's conversations with its messages in order. */
@Singleton
public record OpenConversation(Conversations conversations, ChatMessages messages) {
    public record Opened(Conversation conversation, List<ChatMessage> messages) {
    }

    public Opened open(Caller caller, String id) {
        Conversation c = OwnConversation.of(conversations, caller, id);
        return new Opened(c, messages.of(c.id()));
    }
}
