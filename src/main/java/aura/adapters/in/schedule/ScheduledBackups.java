package aura.adapters.in.schedule;

import aura.application.backup.BackupSettings;
import aura.application.backup.TakeBackup;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The lead's backups on {@code aura.backup.cron} (nightly at 03:00 by default); other nodes do nothing. */
@Singleton
@Requires(property = "aura.cli", notEquals = "true")
record ScheduledBackups(TakeBackup takeBackup, BackupSettings settings) {
    private static final Logger LOG = LoggerFactory.getLogger(ScheduledBackups.class);

    @Scheduled(cron = "${aura.backup.cron:0 0 3 * * *}")
    void backUp() {
        if (!settings.scheduled()) return;
        try {
            var backup = takeBackup.take();
            LOG.info("Backup {} taken ({} bytes)", backup.name(), backup.sizeBytes());
        } catch (RuntimeException e) {
            // The next tick tries again; the older backups are still there.
            LOG.error("Backup failed: {}", e.getMessage());
        }
    }
}
