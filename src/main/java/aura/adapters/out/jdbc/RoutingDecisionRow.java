package aura.adapters.out.jdbc;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A row of {@code routing_decision}; the candidates are kept as JSON text. */
@MappedEntity("routing_decision")
record RoutingDecisionRow(@Id String id, Instant at, String decidedOn, String model, @Nullable String chosen,
                          @Nullable Double estimatedS, String candidates, @Nullable String servedBy,
                          @Nullable Double actualS, @Nullable String outcome,
                          @Nullable String requestedBy) {
}
