package aura.domain.replication;

import aura.domain.problem.InvalidInput;

/**
 * The replication slot a standby streams through: the primary keeps the WAL the standby has not received yet,
 * so a standby that was away catches up instead of needing a new copy. Postgres allows lower-case letters,
 * digits and underscores, at most 63.
 */
public record SlotName(String value) {
    public SlotName {
        if (value == null || !value.matches("[a-z0-9_]{1,63}")) {
            throw new InvalidInput("--slot", "--slot must be 1-63 lower-case letters, digits or underscores (got '" + value + "')");
        }
    }

    /** The slot of the standby on node {@code nodeName}: {@code aura_} and the name, made fit for a slot. */
    public static SlotName forNode(String nodeName) {
        String cleaned = nodeName.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        String value = "aura_" + cleaned;
        return new SlotName(value.length() > 63 ? value.substring(0, 63) : value);
    }
}
