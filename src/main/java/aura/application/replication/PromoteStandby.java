package aura.application.replication;

import aura.application.replication.port.Replication;
import aura.domain.replication.PostgresAddress;
import jakarta.inject.Singleton;

/**
 * Makes the standby the mesh's primary. The nodes' multi-host URL finds it on their next connection; the old
 * primary must not come back as a primary (docs/HA.md: pg_rewind it into a standby of the new one).
 */
@Singleton
public record PromoteStandby(Replication replication) {
    public void promote(PostgresAddress standby, String user) {
        replication.promote(standby, user);
    }
}
