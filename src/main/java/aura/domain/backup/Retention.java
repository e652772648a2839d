package aura.domain.backup;

import aura.domain.problem.InvalidInput;

import java.util.Comparator;
import java.util.List;

/** How many backups the lead keeps: the newest {@code keep}; older ones are deleted after each new backup. */
public record Retention(int keep) {
    public Retention {
        if (keep < 1) throw new InvalidInput("aura.backup.keep", "aura.backup.keep must be at least 1 (got " + keep + ")");
    }

    /** The backups beyond the newest {@code keep}, oldest last: the ones to delete. */
    public List<Backup> beyond(List<Backup> backups) {
        return backups.stream().sorted(NEWEST_FIRST).skip(keep).toList();
    }

    /** Newest first; ties (two backups in one millisecond) broken by name so the order is stable. */
    public static final Comparator<Backup> NEWEST_FIRST = Comparator.comparing(Backup::takenAt).reversed()
            .thenComparing(Backup::name, Comparator.reverseOrder());
}
