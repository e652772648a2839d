package aura.adapters.out.redis;

import aura.application.auth.port.LoginThrottle;
import aura.application.auth.LoginThrottleContract;
import aura.domain.mesh.Inventory;
import aura.domain.mesh.MeshConnection;
import aura.domain.mesh.NodeSettings;
import aura.domain.node.Mode;
import aura.domain.node.NodeIdentity;
import aura.domain.node.Role;
import aura.testing.Services;
import org.junit.jupiter.api.AfterEach;
import redis.clients.jedis.JedisPooled;

import java.util.Optional;
import java.util.UUID;

class RedisLoginThrottleTest extends LoginThrottleContract {
    private final String mesh = "test-" + UUID.randomUUID();
    private final NodeSettings settings = new NodeSettings(new NodeIdentity("t", Role.LEAD, Mode.MESH, "1"),
            "127.0.0.1", 3000, "/tmp", Optional.of(new MeshConnection(mesh, Services.redis(),
            "jdbc:postgresql://127.0.0.1/none", "x", "")), Inventory.empty());
    private final JedisPooled redis = new RedisConnectionFactory().jedis(settings);
    private final RedisLoginThrottle throttle = new RedisLoginThrottle(redis, settings, java.time.Clock.systemUTC());

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
