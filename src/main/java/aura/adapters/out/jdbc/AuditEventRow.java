package aura.adapters.out.jdbc;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A row of {@code audit_event}. */
@MappedEntity("audit_event")
record AuditEventRow(@Id @GeneratedValue @Nullable Long id, Instant at, String type, String username, String node,
                     String clientAddress, String detail) {
}
