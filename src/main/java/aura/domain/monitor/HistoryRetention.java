package aura.domain.monitor;

import java.time.Duration;
import java.time.Instant;

/** How long raw samples and minute roll-ups are kept; roll-ups outlive the raw samples they summarise. */
public record HistoryRetention(Duration raw, Duration rollups) {
    /** Raw samples must outlive the finished minute that the roll-up, once a minute, has yet to fold. */
    public static final Duration SHORTEST_RAW = Duration.ofMinutes(2);

    public HistoryRetention {
        if (raw.compareTo(SHORTEST_RAW) < 0) throw new IllegalArgumentException("raw retention is at least 2 minutes");
        if (rollups.compareTo(raw) < 0) throw new IllegalArgumentException("roll-ups are kept at least as long as raw samples");
    }

    public Instant rawCutoff(Instant now) {
        return now.minus(raw);
    }

    public Instant rollupCutoff(Instant now) {
        return now.minus(rollups);
    }
}
