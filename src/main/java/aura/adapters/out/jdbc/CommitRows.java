package aura.adapters.out.jdbc;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/** How the current transaction commits (Postgres only). */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface CommitRows extends GenericRepository<PendingLogoutRow, String> {
    /** {@code SET LOCAL synchronous_commit = on}, as a query: the commit waits for the synchronous standby. */
    @Query("SELECT set_config('synchronous_commit', 'on', true)")
    String synchronousCommit();
}
