package aura.application.replication.port;

import aura.domain.replication.PostgresAddress;
import aura.domain.replication.SlotName;

/** Streaming replication of the mesh's Postgres: making a standby of a primary, and promoting a standby. */
public interface Replication {
    /**
     * Copies {@code primary} into the empty data directory {@code dataDirectory}, creating the slot {@code slot}
     * on it, and configures the copy to start as its streaming standby.
     */
    void cloneAsStandby(PostgresAddress primary, String user, String dataDirectory, SlotName slot);

    /** Makes the standby at {@code standby} the primary; waits until it takes writes. */
    void promote(PostgresAddress standby, String user);
}
