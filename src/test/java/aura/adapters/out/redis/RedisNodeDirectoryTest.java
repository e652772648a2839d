package aura.adapters.out.redis;

import aura.application.mesh.port.NodeDirectory;
import aura.application.mesh.NodeDirectoryContract;
import aura.domain.mesh.Inventory;
import aura.domain.mesh.MeshConnection;
import aura.domain.mesh.NodeSettings;
import aura.domain.node.Mode;
import aura.domain.node.NodeIdentity;
import aura.domain.node.Role;
import aura.testing.Services;
import io.micronaut.serde.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import redis.clients.jedis.JedisPooled;

import java.util.Optional;
import java.util.UUID;

/** The Redis directory against the real Redis on 127.0.0.1:6379, in a mesh namespace of its own. */
class RedisNodeDirectoryTest extends NodeDirectoryContract {
    private final String mesh = "test-" + UUID.randomUUID();
    private final JedisPooled redis = new RedisConnectionFactory().jedis(settings());
    private final RedisNodeDirectory directory = new RedisNodeDirectory(redis, ObjectMapper.getDefault(), settings());

    private NodeSettings settings() {
        var connection = new MeshConnection(mesh, Services.redis(), "jdbc:postgresql://127.0.0.1/none", "x", "");
        return new NodeSettings(new NodeIdentity("tester", Role.LEAD, Mode.MESH, "1"), "127.0.0.1", 3000, "/tmp",
                Optional.of(connection), Inventory.empty());
    }

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
