package aura.application.chat.port;

/** Whether a conversation's questions take the person's notes along; they do unless the person turned it off. */
public interface ConversationNotes {
    boolean allowed(String conversationId);

    void allow(String conversationId, boolean allowed);
}
