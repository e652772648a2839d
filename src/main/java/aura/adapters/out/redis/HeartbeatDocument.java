package aura.adapters.out.redis;

import aura.domain.mesh.Heartbeat;
import aura.domain.mesh.ServedModel;
import io.micronaut.core.annotation.Nullable;
import aura.domain.node.GpuDevice;
import aura.domain.node.GpuInventory;
import aura.domain.node.Role;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;

/**
 * A heartbeat as stored in Redis (JSON); {@code drain} is absent in the heartbeats of older nodes, and
 * {@code drainedBy} in those of nodes that take work (and of older ones).
 */
@Serdeable
record HeartbeatDocument(String name, String role, String address, int port, double load, List<Gpu> gpus,
                         String version, long at, @Nullable List<Model> models, int active, int queued,
                         @Nullable Double drain, @Nullable List<String> drainedBy, @Nullable Boolean external) {

    @Serdeable
    record Model(String name, double tokensPerSecond, long samples, boolean loaded) {
    }

    @Serdeable
    record Gpu(int index, String name, long memoryMiB) {
    }

    static HeartbeatDocument of(Heartbeat beat) {
        var gpus = beat.gpu().devices().stream().map(d -> new Gpu(d.index(), d.name(), d.memoryMiB())).toList();
        var models = beat.models().stream().map(m -> new Model(m.name(), m.tokensPerSecond(), m.samples(), m.loaded())).toList();
        return new HeartbeatDocument(beat.name(), beat.role().wireName(), beat.address(), beat.port(),
                beat.cpuLoad(), gpus, beat.version(), beat.at().toEpochMilli(), models, beat.activeGenerations(),
                beat.queuedGenerations(), beat.drainSeconds().isPresent() ? beat.drainSeconds().getAsDouble() : null,
                beat.drainedBy().isEmpty() ? null : beat.drainedBy(), beat.externalBackend() ? Boolean.TRUE : null);
    }

    Heartbeat toHeartbeat() {
        var devices = gpus == null ? List.<GpuDevice>of()
                : gpus.stream().map(g -> new GpuDevice(g.index(), g.name(), g.memoryMiB())).toList();
        var served = models == null ? List.<ServedModel>of()
                : models.stream().map(m -> new ServedModel(m.name(), m.tokensPerSecond(), m.samples(), m.loaded())).toList();
        return new Heartbeat(name, Role.parse(role), address, port, load, new GpuInventory(devices), version,
                Instant.ofEpochMilli(at), served, active, queued,
                drain == null ? OptionalDouble.empty() : OptionalDouble.of(drain), drainedBy, Boolean.TRUE.equals(external));
    }
}
