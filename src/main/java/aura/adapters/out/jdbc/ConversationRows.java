package aura.adapters.out.jdbc;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

/** Micronaut Data repository over {@code conversation}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ConversationRows extends CrudRepository<ConversationRow, String> {
    List<ConversationRow> findByUserIdOrderByUpdatedDesc(String userId);

    /** Takes the row lock and moves the counter: concurrent callers queue here, on H2 and Postgres alike. */
    @Query("UPDATE conversation SET last_seq = last_seq + 1 WHERE id = :id")
    int advancePosition(String id);

    @Query("SELECT last_seq FROM conversation WHERE id = :id")
    long lastPosition(String id);
}
