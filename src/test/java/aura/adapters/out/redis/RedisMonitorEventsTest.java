package aura.adapters.out.redis;

import aura.domain.mesh.Heartbeat;
import aura.domain.monitor.Alert;
import aura.domain.monitor.MonitorEvent;
import aura.domain.monitor.Sample;
import aura.domain.node.GpuInventory;
import aura.domain.node.Role;
import aura.testing.Services;
import io.micronaut.serde.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.UnifiedJedis;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The monitor's events between two nodes over the real Redis on 127.0.0.1:6379: a sample and an alert change
 * announced by one are heard by the other as they were, never by the announcer itself; and a heartbeat carries
 * its node's drain.
 */
class RedisMonitorEventsTest {
    private final String mesh = "test-" + UUID.randomUUID();
    private final UnifiedJedis redis = new RedisConnectionFactory().jedis(Services.redis());
    private final RedisMonitorEvents lead = new RedisMonitorEvents(redis, ObjectMapper.getDefault(), mesh);
    private final RedisMonitorEvents compute = new RedisMonitorEvents(redis, ObjectMapper.getDefault(), mesh);

    @AfterEach
    void stop() {
        lead.stop();
        compute.stop();
        redis.close();
    }

    @Test
    void aPeersEventsArriveAsTheyWereAndANodeDoesNotHearItsOwn() throws Exception {
        BlockingQueue<MonitorEvent> atLead = new LinkedBlockingQueue<>();
        BlockingQueue<MonitorEvent> atCompute = new LinkedBlockingQueue<>();
        lead.follow(atLead::add);
        compute.follow(atCompute::add);
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        var sample = MonitorEvent.sample(new Sample("compute", at, Map.of("cpu.load", 0.25, "memory.used_fraction", 0.5)));
        var alert = MonitorEvent.alert("compute", "memory_exhausted", Alert.State.FIRING, at, 0.97);
        // pub/sub keeps nothing for a subscriber not yet listening: announce until the first one is heard
        MonitorEvent heard = null;
        for (int i = 0; i < 50 && heard == null; i++) {
            compute.announce(sample);
            heard = atLead.poll(100, TimeUnit.MILLISECONDS);
        }
        assertThat(heard).isEqualTo(sample);
        compute.announce(alert);
        MonitorEvent next;
        do {
            next = atLead.poll(5, TimeUnit.SECONDS);
        } while (next != null && next.type() == MonitorEvent.Type.SAMPLE);
        assertThat(next).isEqualTo(alert);
        assertThat(atCompute).isEmpty();
    }

    @Test
    void aHeartbeatCarriesItsNodesDrain() {
        var beat = new Heartbeat("compute", Role.COMPUTE, "10.0.0.2", 3000, 0.5, GpuInventory.none(), "1",
                Instant.ofEpochMilli(1_700_000_000_000L), List.of(), 0, 0, OptionalDouble.empty(), List.of("memory_exhausted"));
        assertThat(HeartbeatDocument.of(beat).toHeartbeat().drainedBy()).containsExactly("memory_exhausted");
        var taking = new Heartbeat("compute", Role.COMPUTE, "10.0.0.2", 3000, 0.5, GpuInventory.none(), "1",
                Instant.ofEpochMilli(1_700_000_000_000L));
        assertThat(HeartbeatDocument.of(taking).drainedBy()).isNull();
        assertThat(HeartbeatDocument.of(taking).toHeartbeat().drainedBy()).isEmpty();
    }
}
