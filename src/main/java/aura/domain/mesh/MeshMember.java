package aura.domain.mesh;

import aura.domain.node.GpuInventory;
import aura.domain.node.Role;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A node as the mesh sees it now: what the inventory declares merged with its live heartbeat. Load, GPU, version
 * and models come from the heartbeat and are empty while the node is down.
 */
public record MeshMember(String name, Role role, String address, int port, Status status,
                         Optional<Instant> lastSeen, Optional<Double> cpuLoad, Optional<GpuInventory> gpu,
                         Optional<String> version, boolean inInventory, List<ServedModel> models) {

    public MeshMember {
        models = models == null ? List.of() : List.copyOf(models);
    }

    public enum Status { UP, DOWN }
}
