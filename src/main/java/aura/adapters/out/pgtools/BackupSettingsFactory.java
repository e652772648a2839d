package aura.adapters.out.pgtools;

import aura.application.backup.BackupSettings;
import aura.application.node.LeadWork;
import aura.application.node.ThisNode;
import aura.domain.backup.Retention;
import aura.domain.node.Mode;
import aura.domain.node.Role;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import jakarta.inject.Singleton;

/**
 * {@code aura.backup.*} (see application.yml): the lead of a mesh takes the scheduled backups, when they are
 * enabled and pg_dump is at hand; a solo node's H2 file is not something pg_dump can read.
 */
@Factory
class BackupSettingsFactory {
    @Singleton
    BackupSettings backupSettings(LeadWork leadWork, @Property(name = "aura.backup.keep", defaultValue = "30") int keep) {
        return new BackupSettings(leadWork.backups(), new Retention(keep));
    }

    @Singleton
    LeadWork leadWork(ThisNode thisNode, @Property(name = "aura.backup.enabled", defaultValue = "true") boolean enabled) {
        boolean lead = thisNode.identity().role() == Role.LEAD && thisNode.identity().mode() == Mode.MESH;
        return new LeadWork(enabled && lead && PgTools.find("pg_dump").isPresent());
    }
}
