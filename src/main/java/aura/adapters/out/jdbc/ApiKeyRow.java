package aura.adapters.out.jdbc;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A row of {@code api_key}. */
@MappedEntity("api_key")
record ApiKeyRow(@Id String id, String userId, String name, String hash, Instant created, @Nullable Instant lastUsed,
                 boolean revoked) {
}
