package aura.domain.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Brute-force limits that slow guessing down without locking the owner out. Each counter (an account tried from
 * unknown browsers, a client address, one known browser) has some free failures; after them every further try
 * waits {@code firstPause}, doubling with each failure up to {@code longestPause}. A browser that logged in to the
 * account before (its device cookie) is counted on its own, so failures elsewhere never pause it. Counters are
 * forgotten {@code memory} after their last failure.
 */
public record LoginLimits(int perAccount, int perAddress, int perDevice, Duration firstPause, Duration longestPause,
                          Duration memory, Duration deviceLifetime) {
    public static final LoginLimits DEFAULT = new LoginLimits(5, 20, 10, Duration.ofSeconds(30),
            Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofDays(90));

    public LoginLimits {
        if (perAccount < 1 || perAddress < 1 || perDevice < 1) throw new IllegalArgumentException("limits must be >= 1");
        if (firstPause.isNegative() || longestPause.compareTo(firstPause) < 0 || memory.compareTo(longestPause) < 0) {
            throw new IllegalArgumentException("pauses must grow and be remembered at least as long as they last");
        }
    }

    /** How long the next try must still wait after {@code failures}, the last at {@code last}; empty: go ahead. */
    public Optional<Duration> pause(int free, int failures, Instant last, Instant now) {
        if (failures < free || last == null) return Optional.empty();
        int doublings = Math.min(failures - free, 30);
        Duration pause = firstPause.multipliedBy(1L << doublings);
        if (pause.compareTo(longestPause) > 0 || pause.isNegative()) pause = longestPause;
        Instant until = last.plus(pause);
        return now.isBefore(until) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }
}
