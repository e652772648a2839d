package aura.adapters.out.jdbc;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

/** Micronaut Data repository over {@code pending_logout}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface PendingLogoutRows extends CrudRepository<PendingLogoutRow, String> {
    List<PendingLogoutRow> listOrderByRecorded();
}
