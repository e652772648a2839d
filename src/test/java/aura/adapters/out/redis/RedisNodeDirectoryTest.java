package aura.adapters.out.redis;

import aura.application.mesh.port.NodeDirectory;
import aura.application.mesh.NodeDirectoryContract;
import aura.testing.Services;
import io.micronaut.serde.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import redis.clients.jedis.UnifiedJedis;

import java.util.UUID;

/** The Redis directory against the real Redis on 127.0.0.1:6379, in a mesh namespace of its own. */
class RedisNodeDirectoryTest extends NodeDirectoryContract {
    private final String mesh = "test-" + UUID.randomUUID();
    private final UnifiedJedis redis = new RedisConnectionFactory().jedis(Services.redis());
    private final RedisNodeDirectory directory = new RedisNodeDirectory(redis, ObjectMapper.getDefault(), mesh,
            java.time.Clock.systemUTC());

    @AfterEach
    void cleanUp() {
        redis.keys("aura:" + mesh + ":*").forEach(redis::del);
        redis.close();
    }

    @Override
    protected NodeDirectory directory() {
        return directory;
    }

    @Override
    protected void letHeartbeatsExpire() throws InterruptedException {
        Thread.sleep(NodeDirectory.TIME_TO_LIVE.toMillis() + 300);
    }
}
