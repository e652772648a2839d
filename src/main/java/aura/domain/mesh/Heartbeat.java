package aura.domain.mesh;

import aura.domain.node.GpuInventory;
import aura.domain.node.NodeName;
import aura.domain.node.Role;

import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;

/**
 * What a live node tells the mesh about itself every few seconds: where peers reach it (only at this address and
 * port), its load, GPUs, the models it serves with their measured speed, its generations in flight, and
 * {@code drainSeconds}: how long it expects to need for them at its measured speeds ({@code DrainTime}), as of
 * {@code at}; empty from a node that does not publish one. {@code drainedBy}: the alerts for which the node asks
 * to get no new generations (its monitor's draining rules that fire), empty when it takes work.
 * {@code externalBackend}: its backend is marked external (outside the mesh), so the gatekeeper's {@code external}
 * rules apply to requests it could serve.
 */
public record Heartbeat(String name, Role role, String address, int port, double cpuLoad, GpuInventory gpu,
                        String version, Instant at, List<ServedModel> models, int activeGenerations,
                        int queuedGenerations, OptionalDouble drainSeconds, List<String> drainedBy,
                        boolean externalBackend) {
    public Heartbeat {
        models = models == null ? List.of() : List.copyOf(models);
        drainedBy = drainedBy == null ? List.of() : List.copyOf(drainedBy);
        if (drainSeconds == null || drainSeconds.isPresent()
                && !(drainSeconds.getAsDouble() >= 0 && Double.isFinite(drainSeconds.getAsDouble()))) {
            drainSeconds = OptionalDouble.empty();
        }
        NodeName.check(name);
        if (role == null || address == null || gpu == null || at == null) {
            throw new IllegalArgumentException("heartbeat of '" + name + "' is incomplete");
        }
    }

    /** A heartbeat of a node whose backend, if any, is in the mesh. */
    public Heartbeat(String name, Role role, String address, int port, double cpuLoad, GpuInventory gpu,
                     String version, Instant at, List<ServedModel> models, int activeGenerations,
                     int queuedGenerations, OptionalDouble drainSeconds, List<String> drainedBy) {
        this(name, role, address, port, cpuLoad, gpu, version, at, models, activeGenerations, queuedGenerations,
                drainSeconds, drainedBy, false);
    }

    /** A heartbeat of a node that takes work, with the external mark. */
    public Heartbeat(String name, Role role, String address, int port, double cpuLoad, GpuInventory gpu,
                     String version, Instant at, List<ServedModel> models, int activeGenerations,
                     int queuedGenerations, OptionalDouble drainSeconds, boolean externalBackend) {
        this(name, role, address, port, cpuLoad, gpu, version, at, models, activeGenerations, queuedGenerations,
                drainSeconds, List.of(), externalBackend);
    }

    /** A heartbeat of a node that takes work. */
    public Heartbeat(String name, Role role, String address, int port, double cpuLoad, GpuInventory gpu,
                     String version, Instant at, List<ServedModel> models, int activeGenerations,
                     int queuedGenerations, OptionalDouble drainSeconds) {
        this(name, role, address, port, cpuLoad, gpu, version, at, models, activeGenerations, queuedGenerations,
                drainSeconds, List.of());
    }

    /** A heartbeat without a drain time. */
    public Heartbeat(String name, Role role, String address, int port, double cpuLoad, GpuInventory gpu,
                     String version, Instant at, List<ServedModel> models, int activeGenerations, int queuedGenerations) {
        this(name, role, address, port, cpuLoad, gpu, version, at, models, activeGenerations, queuedGenerations,
                OptionalDouble.empty());
    }

    /** A heartbeat of a node that generates nothing. */
    public Heartbeat(String name, Role role, String address, int port, double cpuLoad, GpuInventory gpu, String version,
                     Instant at) {
        this(name, role, address, port, cpuLoad, gpu, version, at, List.of(), 0, 0);
    }
}
