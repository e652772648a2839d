package aura.adapters.out.jdbc;

import io.micronaut.context.annotation.Property;
import jakarta.inject.Singleton;

/**
 * What the mesh must never lose commits synchronously to the standby; the rest does not wait for it. A mesh
 * node's connections start with {@code synchronous_commit = local} (the primary's own disk, not the standby's);
 * the writes that must survive the primary's death call {@link #waitForStandby()} inside their transaction, so
 * their commit returns only once a standby named in the primary's {@code synchronous_standby_names} has it. With
 * no standby named there, both are the same. H2 (solo) has no standby: nothing to do.
 */
@Singleton
class SynchronousCommits {
    private final CommitRows rows;
    private final boolean postgres;

    SynchronousCommits(CommitRows rows, @Property(name = "datasources.default.dialect", defaultValue = "H2") String dialect) {
        this.rows = rows;
        this.postgres = "POSTGRES".equalsIgnoreCase(dialect);
    }

    /** Call inside the write's transaction. */
    void waitForStandby() {
        if (postgres) rows.synchronousCommit();
    }
}
