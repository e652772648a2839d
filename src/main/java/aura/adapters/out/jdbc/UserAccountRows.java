package aura.adapters.out.jdbc;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;

/** Micronaut Data repository over {@code user_account}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface UserAccountRows extends CrudRepository<UserAccountRow, String> {
    Optional<UserAccountRow> findByUsername(String username);
}
