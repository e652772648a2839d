package aura.application.chat;

import aura.application.auth.Caller;
import aura.application.chat.port.ConversationTemperatures;
import aura.application.chat.port.Conversations;
import aura.domain.chat.GenerationRequest;
import jakarta.inject.Singleton;

import java.util.OptionalDouble;

/**
 * Sets the sampling temperature of one of the person's conversations (0 to 2; its questions that name none are
 * asked at it, and at 0 may be answered from the response cache), or removes it. A bad one is a 400 naming
 * {@code temperature} and changes nothing.
 */
@Singleton
public record SetTemperature(Conversations conversations, ConversationTemperatures temperatures) {
    public OptionalDouble set(Caller caller, String conversationId, OptionalDouble temperature) {
        OptionalDouble checked = GenerationRequest.checkedTemperature(temperature, "temperature");
        var conversation = OwnConversation.of(conversations, caller, conversationId);
        temperatures.setTemperature(conversation.id(), checked);
        return checked;
    }
}
