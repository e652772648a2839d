package aura.adapters.out.jdbc;

import aura.application.chat.port.ConversationNotes;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.util.Optional;

/** The notes switch beside its conversation in the shared database (deleted with it). */
@Singleton
@DatabaseOutages
public class JdbcConversationNotes implements ConversationNotes {
    private final JdbcOperations jdbc;

    public JdbcConversationNotes(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean allowed(String conversationId) {
        return Sql.first(jdbc, "SELECT notes FROM conversation_notes WHERE conversation_id = ?",
                rs -> rs.getBoolean(1), conversationId).orElse(true);
    }

    @Override
    public void allow(String conversationId, boolean allowed) {
        Sql.replaceSetting(jdbc, "conversation_notes", conversationId, "notes", Optional.of(allowed));
    }
}
