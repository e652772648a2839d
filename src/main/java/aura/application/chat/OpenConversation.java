package aura.application.chat;

import aura.application.chat.port.ChatMessages;
import aura.application.chat.port.ConversationNotes;
import aura.application.chat.port.Conversations;
import aura.application.auth.Caller;
import aura.domain.chat.ChatMessage;
import aura.domain.chat.Conversation;
import jakarta.inject.Singleton;

import java.util.List;

/** One of the caller's conversations with its messages in order, and whether it takes the person's notes along. */
@Singleton
public record OpenConversation(Conversations conversations, ChatMessages messages, ConversationNotes switches) {
    /** {@code notes}: whether its questions take the person's notes along. */
    public record Opened(Conversation conversation, List<ChatMessage> messages, boolean notes) {
    }

    public Opened open(Caller caller, String id) {
        Conversation c = OwnConversation.of(conversations, caller, id);
        return new Opened(c, messages.of(c.id()), switches.allowed(c.id()));
    }
}
