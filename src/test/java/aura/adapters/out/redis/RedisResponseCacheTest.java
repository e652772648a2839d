package aura.adapters.out.redis;

import aura.application.policy.ResponseCacheContract;
import aura.application.policy.port.ResponseCache;
import aura.testing.Services;
import io.micronaut.serde.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import redis.clients.jedis.UnifiedJedis;

import java.util.UUID;

/** The mesh's response cache on the real Redis. */
class RedisResponseCacheTest extends ResponseCacheContract {
    private final String mesh = "test-" + UUID.randomUUID();
    private final UnifiedJedis redis = new RedisConnectionFactory().jedis(Services.redis());

    @AfterEach
    void cleanUp() {
        redis.keys("aura:" + mesh + ":*").forEach(redis::del);
        redis.close();
    }

    @Override
    protected ResponseCache cache() {
        return new RedisResponseCache(redis, ObjectMapper.getDefault(), mesh, TTL, meters);
    }
}
