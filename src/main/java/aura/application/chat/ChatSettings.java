package aura.application.chat;

import java.time.Duration;

/**
 * How generation behaves on this node: how long to wait for the first token (a model may need loading) and
 * between tokens before a generation counts as stalled, and how many run at once on the local backend (the rest
 * queue).
 */
public record ChatSettings(Duration firstTokenTimeout, Duration stallTimeout, int maxConcurrent) {
    public ChatSettings {
        if (firstTokenTimeout.isNegative() || firstTokenTimeout.isZero() || stallTimeout.isNegative() || stallTimeout.isZero()) {
            throw new IllegalArgumentException("generation timeouts must be positive");
        }
        if (maxConcurrent < 1) throw new IllegalArgumentException("max concurrent generations must be >= 1");
    }
}
