package aura.adapters.out.jdbc;

import io.micronaut.core.annotation.Nullable;
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

    @Query("UPDATE chat_message SET content = :content, state = :state, node = :node, prompt_tokens = :promptTokens, "
            + "output_tokens = :outputTokens, first_token_ms = :firstTokenMs, total_ms = :totalMs, "
            + "decision_id = :decisionId, note = :note, owner_node = :ownerNode "
            + "WHERE id = :id AND state = 'STREAMING' AND COALESCE(owner_node, '') = :owner")
    int updateOwned(String id, String owner, String content, String state, @Nullable String node, int promptTokens,
                    int outputTokens, long firstTokenMs, long totalMs, @Nullable String decisionId,
                    @Nullable String note, @Nullable String ownerNode);

    /** Takes a partial answer up again; 0 when it is no longer partial (someone else took it). */
    @Query("UPDATE chat_message SET state = 'STREAMING', owner_node = :owner, note = NULL WHERE id = :id AND state = 'PARTIAL'")
    int takeOver(String id, String owner);
}
