package aura.application.backup;

import aura.application.backup.port.DatabaseBackups;
import aura.domain.backup.Backup;
import jakarta.inject.Singleton;

import java.time.Clock;

/** Takes a backup of the mesh's database now, then deletes the ones beyond what the retention keeps. */
@Singleton
public class TakeBackup {
    private final DatabaseBackups backups;
    private final BackupSettings settings;
    private final Clock clock;

    public TakeBackup(DatabaseBackups backups, BackupSettings settings, Clock clock) {
        this.backups = backups;
        this.settings = settings;
        this.clock = clock;
    }

    public Backup take() {
        Backup taken = backups.write(Backup.nameFor(clock.instant()));
        // Only after the new one is complete: a failed backup never costs an old one.
        settings.retention().beyond(backups.list()).forEach(backups::delete);
        return taken;
    }
}
