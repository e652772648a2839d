package aura.application.routing;

import aura.application.mesh.GenerationLoad;
import aura.application.mesh.NodeDrain;
import aura.application.mesh.port.NodeDirectory;
import aura.application.node.ThisNode;
import aura.domain.mesh.Heartbeat;
import aura.domain.mesh.ServedModel;
import aura.domain.node.GpuInventory;
import aura.domain.node.Mode;
import aura.domain.node.NodeIdentity;
import aura.domain.node.Role;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A mesh in memory for routing tests: the live heartbeats a {@link NodeDirectory} would show, the deciding node
 * ({@link #SELF}, a laptop) and its local load, and a {@link PlanRoute} over them.
 */
public final class LiveNodes implements NodeDirectory {
    public static final String MODEL = "llama3";
    public static final String SELF = "laptop";
    public static final ThisNode THIS_NODE = new ThisNode(new NodeIdentity(SELF, Role.LAPTOP, Mode.MESH, "1"),
            "127.0.0.1", 3000, true);
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);

    private final Map<String, Heartbeat> beats = new ConcurrentHashMap<>();
    public final RoundTrips roundTrips = new RoundTrips();
    public final Dispatches dispatches = new Dispatches();
    public final InMemoryRoutingLog log = new InMemoryRoutingLog();
    /** What this node itself serves and how busy it is; nothing until a test says so. */
    public volatile List<ServedModel> localModels = List.of();
    public volatile int localActive;
    public volatile int localQueued;
    /** Whether this node's monitor drains it from routing. */
    public final NodeDrain drain = new NodeDrain();

    /** A model measured at {@code tokensPerSecond} over 20 generations, loaded. */
    public static ServedModel measured(String model, double tokensPerSecond) {
        return new ServedModel(model, tokensPerSecond, 20, true);
    }

    /** Adds (or replaces) the live heartbeat of {@code node}, reachable on its own port, idle. */
    public LiveNodes beat(String node, int port, ServedModel... models) {
        beats.put(node, new Heartbeat(node, Role.COMPUTE, "127.0.0.1", port, 0, GpuInventory.none(), "1",
                CLOCK.instant(), List.of(models), 0, 0));
        return this;
    }

    /** Adds (or replaces) the live heartbeat of {@code node}, asking to be drained for {@code alerts}. */
    public LiveNodes drained(String node, int port, List<String> alerts, ServedModel... models) {
        beats.put(node, new Heartbeat(node, Role.COMPUTE, "127.0.0.1", port, 0, GpuInventory.none(), "1",
                CLOCK.instant(), List.of(models), 0, 0, java.util.OptionalDouble.empty(), alerts));
        return this;
    }

    public LiveNodes beat(String node, ServedModel... models) {
        return beat(node, 4000 + beats.size(), models);
    }

    public PlanRoute planRoute() {
        GenerationLoad local = new GenerationLoad() {
            public List<ServedModel> servedModels() { return localModels; }
            public int activeGenerations() { return localActive; }
            public int queuedGenerations() { return localQueued; }
        };
        return new PlanRoute(THIS_NODE, this, local, roundTrips, dispatches, log, CLOCK, aura.domain.mesh.Inventory.empty(), drain);
    }

    @Override
    public void publish(Heartbeat heartbeat) {
        beats.put(heartbeat.name(), heartbeat);
    }

    @Override
    public Collection<Heartbeat> live() {
        return List.copyOf(beats.values());
    }

    @Override
    public Map<String, Instant> lastSeen() {
        return Map.of();
    }
}
