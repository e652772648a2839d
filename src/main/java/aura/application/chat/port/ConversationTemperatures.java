package aura.application.chat.port;

import java.util.OptionalDouble;

/** The sampling temperature a conversation's questions are asked at, when the person set one. */
public interface ConversationTemperatures {
    OptionalDouble temperatureOf(String conversationId);

    /** Sets {@code conversationId}'s temperature, or removes it when empty. */
    void setTemperature(String conversationId, OptionalDouble temperature);
}
