package aura.adapters.out.jdbc;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

/** Micronaut Data repository over {@code routing_decision}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface RoutingDecisionRows extends CrudRepository<RoutingDecisionRow, String> {
    List<RoutingDecisionRow> listOrderByAtDesc(Pageable page);

    List<RoutingDecisionRow> findByRequestedByOrderByAtDesc(String requestedBy, Pageable page);
}
