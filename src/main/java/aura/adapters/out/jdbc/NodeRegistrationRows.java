package aura.adapters.out.jdbc;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

/** Micronaut Data repository over {@code node_registration}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface NodeRegistrationRows extends CrudRepository<NodeRegistrationRow, String> {
}
