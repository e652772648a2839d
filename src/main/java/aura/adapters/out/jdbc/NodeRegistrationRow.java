package aura.adapters.out.jdbc;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A row of {@code node_registration}. */
@MappedEntity("node_registration")
record NodeRegistrationRow(@Id String name, String role, String address, int port, String version,
                           Instant firstJoined, Instant lastStarted) {
}
