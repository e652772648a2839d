package aura.domain.mesh;

import aura.domain.node.GpuInventory;
import aura.domain.node.NodeName;
import aura.domain.node.Role;

import java.time.Instant;

/** What a live node tells the mesh about itself every few seconds; peers reach it only at this address and port. */
public record Heartbeat(String name, Role role, String address, int port, double cpuLoad, GpuInventory gpu,
                        String version, Instant at) {
    public Heartbeat {
        NodeName.check(name);
        if (role == null || address == null || gpu == null || at == null) {
            throw new IllegalArgumentException("heartbeat of '" + name + "' is incomplete");
        }
    }
}
