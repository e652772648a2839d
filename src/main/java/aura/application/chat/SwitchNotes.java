package aura.application.chat;

import aura.application.auth.Caller;
import aura.application.chat.port.ConversationNotes;
import aura.application.chat.port.Conversations;
import jakarta.inject.Singleton;

/**
 * Turns the person's notes on or off for one of their conversations: off, its questions go to the model without
 * any note and their answers' streams carry no {@code context} event.
 */
@Singleton
public record SwitchNotes(Conversations conversations, ConversationNotes switches) {
    public boolean turn(Caller caller, String conversationId, boolean on) {
        var conversation = OwnConversation.of(conversations, caller, conversationId);
        switches.allow(conversation.id(), on);
        return on;
    }
}
