package aura.adapters.out.redis;

import aura.application.auth.port.LoginThrottle;
import aura.application.auth.LoginThrottleContract;
import aura.testing.Services;
import org.junit.jupiter.api.AfterEach;
import redis.clients.jedis.UnifiedJedis;

import java.util.UUID;

class RedisLoginThrottleTest extends LoginThrottleContract {
    private final String mesh = "test-" + UUID.randomUUID();
    private final UnifiedJedis redis = new RedisConnectionFactory().jedis(Services.redis());
    private final RedisLoginThrottle throttle = new RedisLoginThrottle(redis, mesh, java.time.Clock.systemUTC());

    @AfterEach
    void cleanUp() {
        redis.keys("aura:" + mesh + ":*").forEach(redis::del);
        redis.close();
    }

    @Override
    protected LoginThrottle throttle() {
        return throttle;
    }
}
