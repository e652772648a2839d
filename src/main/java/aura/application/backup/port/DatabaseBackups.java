package aura.application.backup.port;

import aura.domain.backup.Backup;

import java.util.List;

/** Backups of the mesh's database as files in this node's data directory, and restoring one. */
public interface DatabaseBackups {
    /** Writes a complete backup named {@code name}; a backup that fails half-way leaves no file behind. */
    Backup write(String name);

    /** Every backup this node took, in no particular order. */
    List<Backup> list();

    void delete(Backup backup);

    /**
     * Replaces the database's contents with those of the backup file {@code file} (a path, or a name in the backup
     * directory), in one transaction: a restore that fails changes nothing.
     */
    void restore(String file);
}
