package aura.application.chat;

import aura.domain.chat.ChatMessage;

import java.util.List;
import java.util.Optional;

/** The messages of conversations, in order. */
public interface ChatMessages {
    /** The next sequence number of a conversation. */
    long nextSeq(String conversationId);

    void add(ChatMessage message);

    void update(ChatMessage message);

    Optional<ChatMessage> message(String id);

    List<ChatMessage> of(String conversationId);
}
