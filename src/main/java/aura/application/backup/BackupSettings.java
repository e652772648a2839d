package aura.application.backup;

import aura.domain.backup.Retention;

/**
 * What the lead does about backups: whether this node takes the scheduled ones (a lead on the mesh's Postgres
 * with the Postgres client tools at hand) and how many it keeps.
 */
public record BackupSettings(boolean scheduled, Retention retention) {
}
