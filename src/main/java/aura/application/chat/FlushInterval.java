package aura.application.chat;

import java.time.Duration;

/**
 * How often a growing answer is written to the database. Short, so that what a person was shown is what is
 * stored if the node dies; the writes happen off the token path, so streaming does not wait for them.
 */
public record FlushInterval(Duration every) {
    public FlushInterval {
        if (every == null || every.isNegative() || every.isZero()) throw new IllegalArgumentException("flush interval must be positive");
    }
}
