package aura.domain.mesh;

import aura.domain.node.GpuInventory;
import aura.domain.node.NodeName;
import aura.domain.node.Role;

import java.time.Instant;
import java.util.List;

/**
 * What a live node tells the mesh about itself every few seconds: where peers reach it (only at this address and
 * port), its load, GPUs, the models it serves with their measured speed, and its generations in flight.
 */
public record Heartbeat(String name, Role role, String address, int port, double cpuLoad, GpuInventory gpu,
                        String version, Instant at, List<ServedModel> models, int activeGenerations,
                        int queuedGenerations) {
    public Heartbeat {
        models = models == null ? List.of() : List.copyOf(models);
        NodeName.check(name);
        if (role == null || address == null || gpu == null || at == null) {
            throw new IllegalArgumentException("heartbeat of '" + name + "' is incomplete");
        }
    }

    /** A heartbeat of a node that generates nothing. */
    public Heartbeat(String name, Role role, String address, int port, double cpuLoad, GpuInventory gpu, String version,
                     Instant at) {
        this(name, role, address, port, cpuLoad, gpu, version, at, List.of(), 0, 0);
    }
}
