package aura.adapters.out.redis;

import aura.domain.mesh.Heartbeat;
import aura.domain.node.GpuDevice;
import aura.domain.node.GpuInventory;
import aura.domain.node.Role;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/** A heartbeat as stored in Redis (JSON). */
@Serdeable
record HeartbeatDocument(String name, String role, String address, int port, double load, List<Gpu> gpus,
                         String version, long at) {

    @Serdeable
    record Gpu(int index, String name, long memoryMiB) {
    }

    static HeartbeatDocument of(Heartbeat beat) {
        var gpus = beat.gpu().devices().stream().map(d -> new Gpu(d.index(), d.name(), d.memoryMiB())).toList();
        return new HeartbeatDocument(beat.name(), beat.role().wireName(), beat.address(), beat.port(),
                beat.cpuLoad(), gpus, beat.version(), beat.at().toEpochMilli());
    }

    Heartbeat toHeartbeat() {
        var devices = gpus == null ? List.<GpuDevice>of()
                : gpus.stream().map(g -> new GpuDevice(g.index(), g.name(), g.memoryMiB())).toList();
        return new Heartbeat(name, Role.parse(role), address, port, load, new GpuInventory(devices), version,
                Instant.ofEpochMilli(at));
    }
}
