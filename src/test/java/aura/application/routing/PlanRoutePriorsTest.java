package aura.application.routing;

import aura.application.mesh.GenerationLoad;
import aura.application.mesh.port.NodeDirectory;
import aura.application.node.ThisNode;
import aura.application.routing.port.RoutingLog;
import aura.domain.mesh.Heartbeat;
import aura.domain.mesh.Inventory;
import aura.domain.mesh.InventoryNode;
import aura.domain.mesh.MeshSettings;
import aura.domain.mesh.ServedModel;
import aura.domain.node.GpuDevice;
import aura.domain.node.GpuInventory;
import aura.domain.node.Mode;
import aura.domain.node.NodeIdentity;
import aura.domain.node.Role;
import aura.domain.routing.Candidate;
import aura.domain.routing.RouteRequest;
import aura.domain.routing.RoutingDecision;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

/** The deciding node is a laptop without a backend; the peers serve one model, as their heartbeats say. */
class PlanRoutePriorsTest {
    private static final String MODEL = "llama3.1:8b";
    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private static final ThisNode LAPTOP = new ThisNode(new NodeIdentity("laptop", Role.LAPTOP, Mode.MESH, "1"), "127.0.0.1", 3000, false);

    private final List<Heartbeat> live = new ArrayList<>();
    private final List<InventoryNode> inventory = new ArrayList<>(List.of(
            new InventoryNode("laptop", Role.LAPTOP, "127.0.0.1", 3000, Optional.empty(), List.of())));

    @Test
    void aNodeTheInventoryListsAGpuForGetsTheGpuPriorWhenItsProbeFindsNone() {
        peer("cpu-lead", GpuInventory.none(), List.of(), unmeasured());
        peer("gpu-box", GpuInventory.none(), List.of("RTX 4090"), unmeasured());

        RoutingDecision decision = plan();

        assertThat(decision.chosen()).hasValue("gpu-box");
        assertThat(speed(decision, "gpu-box")).isGreaterThan(5 * speed(decision, "cpu-lead"));
    }

    @Test
    void aNodeWhoseProbeFindsAGpuGetsTheGpuPrior() {
        peer("cpu-lead", GpuInventory.none(), List.of(), unmeasured());
        peer("gpu-box", new GpuInventory(List.of(new GpuDevice(0, "NVIDIA GeForce RTX 4090", 24_564))), List.of(), unmeasured());

        assertThat(plan().chosen()).hasValue("gpu-box");
    }

    @Test
    void anIdleUnmeasuredNodeIsNeverSentAPersonsRequestToMeasureIt() {
        peer("gpu-box", GpuInventory.none(), List.of("RTX 4090"), new ServedModel(MODEL, 120, 3, true));
        peer("cpu-lead", GpuInventory.none(), List.of(), unmeasured());

        for (int i = 0; i < 50; i++) {
            assertThat(plan().chosen()).as("request %d", i).hasValue("gpu-box");
        }
    }

    private static ServedModel unmeasured() {
        return new ServedModel(MODEL, 0, 0, true);
    }

    private void peer(String name, GpuInventory probed, List<String> inventoryGpus, ServedModel model) {
        live.add(new Heartbeat(name, Role.COMPUTE, "127.0.0.1", 3000, 0.1, probed, "1", NOW, List.of(model), 0, 0));
        inventory.add(new InventoryNode(name, Role.COMPUTE, "127.0.0.1", 3000, Optional.empty(), inventoryGpus));
    }

    private RoutingDecision plan() {
        var mesh = new Inventory(new MeshSettings("test", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()), inventory);
        var planRoute = new PlanRoute(LAPTOP, new Directory(live), new NoLoad(), new RoundTrips(), new Dispatches(),
                new NoLog(), Clock.fixed(NOW, ZoneOffset.UTC), mesh, new aura.application.mesh.NodeDrain());
        return planRoute.plan(new RouteRequest(MODEL, OptionalInt.empty(), 200)).decision();
    }

    private static double speed(RoutingDecision decision, String node) {
        return decision.candidates().stream().filter(c -> c.node().equals(node)).map(Candidate::estimate)
                .findFirst().orElseThrow().tokensPerSecond();
    }

    private record Directory(List<Heartbeat> beats) implements NodeDirectory {
        @Override
        public void publish(Heartbeat heartbeat) {
        }

        @Override
        public Collection<Heartbeat> live() {
            return beats;
        }

        @Override
        public Map<String, Instant> lastSeen() {
            return Map.of();
        }
    }

    private static final class NoLoad implements GenerationLoad {
        @Override
        public List<ServedModel> servedModels() {
            return List.of();
        }

        @Override
        public int activeGenerations() {
            return 0;
        }

        @Override
        public int queuedGenerations() {
            return 0;
        }
    }

    private static final class NoLog implements RoutingLog {
        @Override
        public void record(Entry entry) {
        }

        @Override
        public List<Entry> recent(int limit) {
            return List.of();
        }

        @Override
        public List<Entry> recentFor(String userId, int limit) {
            return List.of();
        }

        @Override
        public Optional<Entry> find(String id) {
            return Optional.empty();
        }
    }
}
