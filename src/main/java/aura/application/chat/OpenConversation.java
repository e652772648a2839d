package aura.application.chat;

import aura.application.chat.port.ChatMessages;
import aura.application.chat.port.CitedNotes;
import aura.application.chat.port.ConversationNotes;
import aura.application.chat.port.ConversationTemperatures;
import aura.application.chat.port.Conversations;
import aura.application.auth.Caller;
import aura.domain.chat.ChatMessage;
import aura.domain.chat.CitedNote;
import aura.domain.chat.Conversation;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * One of the caller's conversations with its messages in order, whether it takes the person's notes along, the
 * temperature its questions are asked at (empty: the model server's own), and the notes each answer's prompt took
 * (those its question recalled).
 */
@Singleton
public record OpenConversation(Conversations conversations, ChatMessages messages, ConversationNotes switches,
                               ConversationTemperatures temperatures, CitedNotes cited) {
    /** {@code notes}: whether its questions take the person's notes along; {@code citations}: by answer id. */
    public record Opened(Conversation conversation, List<ChatMessage> messages, boolean notes,
                         OptionalDouble temperature, Map<String, List<CitedNote>> citations) {
    }

    public Opened open(Caller caller, String id) {
        Conversation c = OwnConversation.of(conversations, caller, id);
        List<ChatMessage> all = messages.of(c.id());
        Map<String, List<CitedNote>> byQuestion = cited.inConversation(c.id());
        Map<String, List<CitedNote>> byAnswer = new HashMap<>();
        for (ChatMessage m : all) {
            m.replyTo().map(byQuestion::get).ifPresent(notes -> byAnswer.put(m.id(), notes));
        }
        return new Opened(c, all, switches.allowed(c.id()), temperatures.temperatureOf(c.id()), byAnswer);
    }
}
