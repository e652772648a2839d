package aura.application.backup;

import aura.application.backup.port.DatabaseBackups;
import aura.domain.backup.Backup;
import jakarta.inject.Singleton;

import java.time.Clock;

/** Takes a backup of the mesh's database now, then deletes the ones beyond what the retention keeps. */
@Singleton
public record TakeBackup(DatabaseBackups backups, BackupSettings settings, Clock clock) {
    public Backup take() {
        Backup taken = backups.write(Backup.nameFor(clock.instant()));
        // Only after the new one is complete: a failed backup never costs an old one.
        settings.retention().beyond(backups.list()).forEach(backups::delete);
        return taken;
    }
}
