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

    @Query("SELECT COALESCE(MAX(seq), 0) FROM chat_message WHERE conversation_id = :conversationId")
    long maxSeq(String conversationId);
}
