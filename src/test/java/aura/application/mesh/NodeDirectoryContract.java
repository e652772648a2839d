package aura.application.mesh;

import aura.application.mesh.port.NodeDirectory;
import aura.domain.mesh.Heartbeat;
import aura.domain.mesh.ServedModel;
import aura.domain.node.GpuDevice;
import aura.domain.node.GpuInventory;
import aura.domain.node.Role;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link NodeDirectory} must do; each adapter's test extends this. */
public abstract class NodeDirectoryContract {
    protected abstract NodeDirectory directory();

    /** Lets time pass for the directory so heartbeats published now expire. */
    protected abstract void letHeartbeatsExpire() throws Exception;

    protected Heartbeat beat(String name) {
        return new Heartbeat(name, Role.COMPUTE, "127.0.0.1", 3100, 0.5,
                new GpuInventory(List.of(new GpuDevice(0, "RTX 4090", 24564))), "1.2.3",
                Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    @Test
    void aPublishedHeartbeatIsLiveWithEverythingItSaid() {
        Heartbeat beat = beat("alpha");
        directory().publish(beat);
        assertThat(directory().live()).contains(beat);
        assertThat(directory().lastSeen()).containsEntry("alpha", beat.at());
    }

    @Test
    void aHeartbeatKeepsItsModelsGenerationsAndDrainTime() {
        Heartbeat beat = new Heartbeat("busy", Role.COMPUTE, "127.0.0.1", 3102, 0.4, GpuInventory.none(), "1.2.3",
                Instant.now().truncatedTo(ChronoUnit.MILLIS), List.of(new ServedModel("llama3.1:8b", 42.5, 7, true)),
                2, 3, OptionalDouble.of(37.25));
        directory().publish(beat);
        assertThat(directory().live()).filteredOn(h -> h.name().equals("busy")).containsExactly(beat);
    }

    @Test
    void aNewerHeartbeatReplacesTheOlder() {
        directory().publish(beat("alpha"));
        Heartbeat newer = new Heartbeat("alpha", Role.COMPUTE, "127.0.0.1", 3101, 0.9, GpuInventory.none(), "1.2.4",
                Instant.now().plusSeconds(1).truncatedTo(ChronoUnit.MILLIS));
        directory().publish(newer);
        assertThat(directory().live()).filteredOn(h -> h.name().equals("alpha")).containsExactly(newer);
    }

    @Test
    void aNodeThatStopsBeatingLeavesTheLiveSetButKeepsItsLastSeen() throws Exception {
        Heartbeat beat = beat("gone");
        directory().publish(beat);
        letHeartbeatsExpire();
        assertThat(directory().live()).noneMatch(h -> h.name().equals("gone"));
        assertThat(directory().lastSeen()).containsEntry("gone", beat.at());
    }
}
