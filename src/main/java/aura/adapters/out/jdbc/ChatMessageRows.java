package aura.adapters.out.jdbc;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

/** Micronaut Data repository over {@code chat_message}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ChatMessageRows extends CrudRepository<ChatMessageRow, String> {
    List<ChatMessageRow> findByConversationIdOrderBySeq(String conversationId);

    List<ChatMessageRow> findByState(String state);

    /** Takes a partial answer up again; 0 when it is no longer partial (someone else took it). */
    @Query("UPDATE chat_message SET state = 'STREAMING', owner_node = :owner, note = NULL WHERE id = :id AND state = 'PARTIAL'")
    int takeOver(String id, String owner);
}
