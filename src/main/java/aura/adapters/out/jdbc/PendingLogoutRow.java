package aura.adapters.out.jdbc;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A row of {@code pending_logout}. */
@MappedEntity("pending_logout")
record PendingLogoutRow(@Id String sessionId, Instant recorded) {
}
