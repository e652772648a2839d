package aura.adapters.out.jdbc;

import aura.application.chat.port.ConversationTemperatures;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.util.Optional;
import java.util.OptionalDouble;

/** A conversation's temperature beside it in the shared database (deleted with it). */
@Singleton
@DatabaseOutages
public class JdbcConversationTemperatures implements ConversationTemperatures {
    private final JdbcOperations jdbc;

    public JdbcConversationTemperatures(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public OptionalDouble temperatureOf(String conversationId) {
        return Sql.first(jdbc, "SELECT temperature FROM conversation_temperature WHERE conversation_id = ?",
                rs -> rs.getDouble(1), conversationId).map(OptionalDouble::of).orElse(OptionalDouble.empty());
    }

    @Override
    public void setTemperature(String conversationId, OptionalDouble temperature) {
        Sql.replaceSetting(jdbc, "conversation_temperature", conversationId, "temperature",
                temperature.isPresent() ? Optional.of(temperature.getAsDouble()) : Optional.empty());
    }
}
