package aura.adapters.out.jdbc;

import aura.application.chat.port.CitedNotes;
import aura.domain.chat.CitedNote;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The notes cited for each question, beside its message in the shared database (deleted with it). */
@Singleton
@DatabaseOutages
public class JdbcCitedNotes implements CitedNotes {
    private final JdbcOperations jdbc;

    public JdbcCitedNotes(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void cite(String questionId, List<CitedNote> notes) {
        if (notes.isEmpty()) return;
        jdbc.execute(c -> {
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO cited_note (question_id, position, note_id, title, score) VALUES (?, ?, ?, ?, ?)")) {
                for (int i = 0; i < notes.size(); i++) {
                    CitedNote n = notes.get(i);
                    Sql.bind(insert, questionId, i, n.id(), n.title(), n.score());
                    insert.addBatch();
                }
                return insert.executeBatch();
            }
        });
    }

    @Override
    public Map<String, List<CitedNote>> inConversation(String conversationId) {
        return jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT n.question_id, n.note_id, n.title, n.score "
                    + "FROM cited_note n JOIN chat_message q ON q.id = n.question_id "
                    + "WHERE q.conversation_id = ? ORDER BY n.question_id, n.position")) {
                ps.setString(1, conversationId);
                Map<String, List<CitedNote>> cited = new LinkedHashMap<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        cited.computeIfAbsent(rs.getString(1), q -> new ArrayList<>())
                                .add(new CitedNote(rs.getString(2), rs.getString(3), rs.getDouble(4)));
                    }
                }
                return cited;
            }
        });
    }
}
