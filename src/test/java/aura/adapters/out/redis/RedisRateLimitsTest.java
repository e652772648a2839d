package aura.adapters.out.redis;

import aura.domain.policy.RateLimit;
import aura.testing.Services;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.UnifiedJedis;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Rate-limit buckets in the real Redis: two nodes (each its own connection) take from one bucket. */
class RedisRateLimitsTest {
    private final String mesh = "limits-" + UUID.randomUUID().toString().substring(0, 8);
    private final UnifiedJedis one = new RedisConnectionFactory().jedis(Services.redis());
    private final UnifiedJedis two = new RedisConnectionFactory().jedis(Services.redis());
    private final RedisRateLimits nodeA = new RedisRateLimits(one, mesh);
    private final RedisRateLimits nodeB = new RedisRateLimits(two, mesh);

    @AfterEach
    void close() {
        one.close();
        two.close();
    }

    @Test
    void twoNodesShareOnePersonsRequestsPerMinute() {
        var limit = new RateLimit(3, 0);
        assertThat(nodeA.admit("user:ann", limit)).isEmpty();
        assertThat(nodeB.admit("user:ann", limit)).isEmpty();
        assertThat(nodeA.admit("user:ann", limit)).isEmpty();
        Optional<Duration> wait = nodeB.admit("user:ann", limit);
        assertThat(wait).as("the fourth request, on the other node").isPresent();
        assertThat(wait.get()).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(21));
        assertThat(nodeB.admit("user:bob", limit)).as("another person's bucket").isEmpty();
    }

    @Test
    void tokensChargedOnOneNodeHoldBackTheNextRequestOnTheOther() {
        var limit = new RateLimit(0, 1000);
        assertThat(nodeA.admit("key:k1", limit)).isEmpty();
        nodeA.charge("key:k1", limit, 1500);
        Optional<Duration> wait = nodeB.admit("key:k1", limit);
        assertThat(wait).isPresent();
        // 500 tokens overdrawn, and one more needed, at 1000 a minute: about 30 s
        assertThat(wait.get()).isBetween(Duration.ofSeconds(29), Duration.ofSeconds(31));
    }
}
