package aura.application.backup;

import aura.application.backup.port.DatabaseBackups;
import aura.domain.problem.InvalidInput;
import jakarta.inject.Singleton;

/** Puts the mesh's database back to what a backup holds. */
@Singleton
public record RestoreBackup(DatabaseBackups backups) {
    public void restore(String file) {
        if (file == null || file.isBlank()) throw new InvalidInput("FILE", "name the backup file to restore");
        backups.restore(file);
    }
}
