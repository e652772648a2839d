package aura.adapters.out.inprocess;

import aura.adapters.SoloMode;
import aura.application.policy.port.RateLimits;
import aura.domain.policy.RateLimit;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.Optional;

/** Rate-limit buckets in this node's memory (a solo node is the whole mesh); idle buckets are dropped after a while. */
@Singleton
@SoloMode
public class InProcessRateLimits implements RateLimits {
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(10)).build();

    @Override
    public Optional<Duration> admit(String key, RateLimit limit) {
        if (limit.limitsTokens()) {
            var tokens = bucket(key + ":tokens", limit.tokensPerMinute()).estimateAbilityToConsume(1);
            if (!tokens.canBeConsumed()) return Optional.of(Duration.ofNanos(tokens.getNanosToWaitForRefill()));
        }
        if (!limit.limitsRequests()) return Optional.empty();
        var taken = bucket(key + ":requests", limit.requestsPerMinute()).tryConsumeAndReturnRemaining(1);
        return taken.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(taken.getNanosToWaitForRefill()));
    }

    @Override
    public void charge(String key, RateLimit limit, long tokens) {
        if (limit.limitsTokens() && tokens > 0) bucket(key + ":tokens", limit.tokensPerMinute()).consumeIgnoringRateLimits(tokens);
    }

    private Bucket bucket(String key, long perMinute) {
        // The capacity is in the key: a changed limit starts a bucket of its own.
        return buckets.get(key + ":" + perMinute, k -> Bucket.builder().addLimit(minute(perMinute)).build());
    }

    static Bandwidth minute(long perMinute) {
        return Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build();
    }
}
