package aura.application.backup;

import aura.application.auth.Caller;
import aura.application.backup.port.DatabaseBackups;
import aura.domain.backup.Backup;
import aura.domain.backup.Retention;
import aura.domain.problem.NotAllowed;
import jakarta.inject.Singleton;

import java.util.List;

/** The backups this node keeps, newest first; admins only. */
@Singleton
public record ListBackups(DatabaseBackups backups) {
    public List<Backup> list(Caller caller) {
        if (!caller.admin()) throw new NotAllowed("only admins can see the backups");
        return backups.list().stream().sorted(Retention.NEWEST_FIRST).toList();
    }
}
