package aura.adapters.out.jdbc;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

/** Micronaut Data repository over {@code conversation}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ConversationRows extends CrudRepository<ConversationRow, String> {
    List<ConversationRow> findByUserIdOrderByUpdatedDesc(String userId);
}
