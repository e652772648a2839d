package aura.adapters.out.jdbc;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

/** Micronaut Data repository over {@code audit_event}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface AuditEventRows extends CrudRepository<AuditEventRow, Long> {
    List<AuditEventRow> findByIdLessThanOrderByIdDesc(long id, Pageable page);

    List<AuditEventRow> listOrderByIdDesc(Pageable page);
}
