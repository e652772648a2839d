package aura.adapters.in.web;

import aura.application.backup.ListBackups;
import aura.domain.backup.Backup;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** The backups this node keeps, for the admin page. */
@Controller("/api/admin/backups")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
record BackupController(ListBackups listBackups, Clock clock) {
    @Serdeable
    record BackupView(String name, long sizeBytes, Instant takenAt, long ageSeconds) {
        static BackupView of(Backup b, Instant now) {
            return new BackupView(b.name(), b.sizeBytes(), b.takenAt(), b.age(now).toSeconds());
        }
    }

    @Get
    List<BackupView> backups(Authentication auth) {
        Instant now = clock.instant();
        return listBackups.list(RequestContext.caller(auth)).stream().map(b -> BackupView.of(b, now)).toList();
    }
}
