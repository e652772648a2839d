package aura.adapters.out.jdbc;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

/** Micronaut Data repository over {@code api_key}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ApiKeyRows extends CrudRepository<ApiKeyRow, String> {
    List<ApiKeyRow> findByUserIdOrderByCreated(String userId);
}
