package aura.adapters.out.redis;

import aura.adapters.MeshMode;
import aura.application.policy.port.RateLimits;
import aura.domain.policy.RateLimit;
import aura.domain.problem.Unavailable;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.redis.jedis.cas.JedisBasedProxyManager;
import io.micronaut.context.annotation.Property;
import jakarta.inject.Singleton;
import redis.clients.jedis.UnifiedJedis;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * Rate-limit buckets in Redis (bucket4j's compare-and-swap over Jedis), so every node of the mesh takes from the
 * same bucket: a person sending to two nodes has one limit. Each bucket key expires once it would be full again.
 * Redis out of reach is a 503 with Retry-After: a limit that cannot be counted is not silently lifted.
 */
@Singleton
@MeshMode
public class RedisRateLimits implements RateLimits {
    private final JedisBasedProxyManager<byte[]> buckets;
    private final String prefix;

    public RedisRateLimits(UnifiedJedis redis, @Property(name = "aura.mesh.name") String meshName) {
        this.buckets = JedisBasedProxyManager.builderFor(redis)
                .withExpirationStrategy(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
                .build();
        this.prefix = "aura:" + meshName + ":limit:";
    }

    @Override
    public Optional<Duration> admit(String key, RateLimit limit) {
        try {
            if (limit.limitsTokens()) {
                var tokens = bucket(key + ":tokens", limit.tokensPerMinute()).estimateAbilityToConsume(1);
                if (!tokens.canBeConsumed()) return Optional.of(Duration.ofNanos(tokens.getNanosToWaitForRefill()));
            }
            if (!limit.limitsRequests()) return Optional.empty();
            var taken = bucket(key + ":requests", limit.requestsPerMinute()).tryConsumeAndReturnRemaining(1);
            return taken.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(taken.getNanosToWaitForRefill()));
        } catch (RuntimeException unreachable) {
            throw new Unavailable("the rate limits cannot be counted: Redis is out of reach", Duration.ofSeconds(5));
        }
    }

    @Override
    public void charge(String key, RateLimit limit, long tokens) {
        if (!limit.limitsTokens() || tokens <= 0) return;
        try {
            bucket(key + ":tokens", limit.tokensPerMinute()).consumeIgnoringRateLimits(tokens);
        } catch (RuntimeException unreachable) {
            // the answer is already given; its tokens go uncounted, as usage does when the database is down
        }
    }

    private BucketProxy bucket(String key, long perMinute) {
        var config = BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build();
        // The capacity is in the key: a changed limit starts a bucket of its own.
        return buckets.getProxy((prefix + key + ":" + perMinute).getBytes(StandardCharsets.UTF_8), () -> config);
    }
}
