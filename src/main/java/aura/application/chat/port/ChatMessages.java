package aura.application.chat.port;

import aura.domain.chat.ChatMessage;

import java.util.List;
import java.util.Optional;

/** The messages of conversations, in order. */
public interface ChatMessages {
    /**
     * A position in the conversation that no other caller gets, on any node: concurrent callers each receive
     * their own, in increasing order.
     */
    long claimPosition(String conversationId);

    void add(ChatMessage message);

    void update(ChatMessage message);

    /**
     * Writes an answer only while it is still streaming for {@code owner} (empty: for no owner, as stored before
     * answers had one); false when another node released or took it over meanwhile, and nothing was written.
     */
    boolean updateIfOwnedBy(ChatMessage message, String owner);

    /** Makes {@code owner} the generator of a partial answer; false if it is no longer partial. */
    boolean takeOver(String messageId, String owner);

    Optional<ChatMessage> message(String id);

    List<ChatMessage> of(String conversationId);

    /** Every answer still marked streaming, across the mesh. */
    List<ChatMessage> streaming();
}
