package aura.adapters.out.redis;

import aura.testing.HandClock;

import aura.application.mesh.port.NodeDirectory;
import aura.domain.node.GpuInventory;
import aura.domain.mesh.Heartbeat;
import aura.domain.node.Role;
import aura.domain.problem.Unavailable;
import aura.testing.RedisProcess;
import io.micronaut.serde.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import redis.clients.jedis.UnifiedJedis;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * While Redis is away (its master killed, the Sentinels not done promoting the replica), the nodes last read stay
 * live for one heartbeat lifetime after that read, so answers keep being routed; after that the directory answers
 * Unavailable, as it did before it had read anything.
 */
class RedisNodeDirectoryOutageTest {
    @TempDir
    Path dir;

    @Test
    void theNodesLastReadStayLiveForOneHeartbeatLifetimeWhileRedisIsAway() {
        HandClock clock = new HandClock();
        try (RedisProcess redis = RedisProcess.master(dir);
             UnifiedJedis jedis = new RedisConnectionFactory().jedis("redis://" + redis.address())) {
            var directory = new RedisNodeDirectory(jedis, ObjectMapper.getDefault(), "outage", clock);
            var neverRead = new RedisNodeDirectory(jedis, ObjectMapper.getDefault(), "outage", clock);
            Heartbeat beat = new Heartbeat("alpha", Role.COMPUTE, "127.0.0.1", 3100, 0.5, GpuInventory.none(), "1.2.3",
                    clock.instant());
            directory.publish(beat);
            assertThat(directory.live()).containsExactly(beat);

            redis.kill();
            clock.advance(NodeDirectory.TIME_TO_LIVE.minus(Duration.ofMillis(1)));
            assertThat(directory.live()).as("within a lifetime of the last read").containsExactly(beat);
            assertThatThrownBy(neverRead::live).isInstanceOf(Unavailable.class);

            clock.advance(Duration.ofMillis(1));
            assertThatThrownBy(directory::live).as("a lifetime after the last read").isInstanceOf(Unavailable.class);
        }
    }
}
