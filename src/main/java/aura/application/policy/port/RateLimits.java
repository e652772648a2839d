package aura.application.policy.port;

import aura.domain.policy.RateLimit;

import java.time.Duration;
import java.util.Optional;

/**
 * Token buckets per key ({@code user:<id>}, {@code key:<id>}), refilled greedily over a minute: in process on a
 * solo node, in Redis in a mesh so every node counts against the same buckets.
 */
public interface RateLimits {
    /**
     * Takes one request from the key's requests bucket if its tokens bucket is not overdrawn; empty when admitted,
     * else how long until the next request would be.
     */
    Optional<Duration> admit(String key, RateLimit limit);

    /** Takes a finished generation's tokens from the key's tokens bucket, overdrawing it if need be. */
    void charge(String key, RateLimit limit, long tokens);
}
