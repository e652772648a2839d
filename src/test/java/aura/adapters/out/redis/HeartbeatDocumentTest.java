package aura.adapters.out.redis;

import aura.domain.mesh.Heartbeat;
import aura.domain.node.GpuInventory;
import aura.domain.node.Role;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;

/** A heartbeat through its Redis document: the external mark travels, and an older node's beat has none. */
class HeartbeatDocumentTest {
    Heartbeat beat(boolean external) {
        return new Heartbeat("cloud", Role.COMPUTE, "127.0.0.1", 3000, 0.2, GpuInventory.none(), "1",
                Instant.parse("2026-12-01T10:00:00Z"), List.of(), 0, 0, OptionalDouble.empty(), external);
    }

    @Test
    void aNodeWithAnExternalBackendSaysSoToThePeers() {
        assertThat(HeartbeatDocument.of(beat(true)).toHeartbeat().externalBackend()).isTrue();
        assertThat(HeartbeatDocument.of(beat(false)).toHeartbeat().externalBackend()).isFalse();
        assertThat(HeartbeatDocument.of(beat(false)).external()).as("absent, as from an older node").isNull();
    }
}
