package aura.domain.backup;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * One backup of the mesh's database: a file in the lead's data directory, named for the moment it was taken.
 * The size is never negative and the name is one {@link #nameFor} gives.
 */
public record Backup(String name, long sizeBytes, Instant takenAt) {
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("'aura-'yyyyMMdd'-'HHmmss'-'SSS'.dump'")
            .withZone(ZoneOffset.UTC);

    public Backup {
        if (name == null || !isBackupName(name) || sizeBytes < 0 || takenAt == null) {
            throw new IllegalArgumentException("a backup needs its file name, a size and a time: " + name);
        }
    }

    /** The file name of a backup taken at {@code at} (UTC, to the millisecond), so names sort as times do. */
    public static String nameFor(Instant at) {
        return NAME.format(at);
    }

    /** Whether {@code fileName} is the name of a backup this node took (and may therefore delete). */
    public static boolean isBackupName(String fileName) {
        return fileName.matches("aura-\\d{8}-\\d{6}-\\d{3}\\.dump");
    }

    public Duration age(Instant now) {
        Duration age = Duration.between(takenAt, now);
        return age.isNegative() ? Duration.ZERO : age;
    }
}
