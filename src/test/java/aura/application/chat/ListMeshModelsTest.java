package aura.application.chat;

import aura.application.mesh.GenerationLoad;
import aura.application.mesh.port.NodeDirectory;
import aura.domain.mesh.Heartbeat;
import aura.domain.mesh.Inventory;
import aura.application.node.ThisNode;
import aura.domain.mesh.ServedModel;
import aura.domain.node.GpuInventory;
import aura.domain.node.Mode;
import aura.domain.node.NodeIdentity;
import aura.domain.node.Role;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ListMeshModelsTest {
    private static final ThisNode SELF = new ThisNode(new NodeIdentity("laptop", Role.LAPTOP, Mode.MESH, "1"), "127.0.0.1", 3000, false);

    private static List<ServedModel> served(String... models) {
        return Arrays.stream(models).map(m -> new ServedModel(m, 10, 1, true)).toList();
    }

    private static Heartbeat beat(String node, String... models) {
        return new Heartbeat(node, Role.COMPUTE, "127.0.0.1", 3000, 0.1, GpuInventory.none(), "1", Instant.now(),
                served(models), 0, 0);
    }

    private static NodeDirectory liveNodes(Heartbeat... beats) {
        return new NodeDirectory() {
            public void publish(Heartbeat heartbeat) { }
            public Collection<Heartbeat> live() { return List.of(beats); }
            public Map<String, Instant> lastSeen() { return Map.of(); }
        };
    }

    private static GenerationLoad local(String... models) {
        return new GenerationLoad() {
            public List<ServedModel> servedModels() { return served(models); }
            public int activeGenerations() { return 0; }
            public int queuedGenerations() { return 0; }
        };
    }

    @Test
    void everyModelALiveNodeServesIsOfferedOnceWithItsNodesInNameOrder() {
        var models = new ListMeshModels(liveNodes(beat("slow", "llama3:8b"), beat("fast", "only-fast:1b", "llama3:8b"),
                beat("laptop", "stale:1b")), local(), SELF).list();
        assertThat(models).containsExactly(
                new ListMeshModels.MeshModel("llama3:8b", List.of("fast", "slow"), List.of("fast", "slow")),
                new ListMeshModels.MeshModel("only-fast:1b", List.of("fast"), List.of("fast")));
    }

    @Test
    void thisNodesOwnModelsAreReadFreshNotFromItsLastHeartbeat() {
        var models = new ListMeshModels(liveNodes(beat("laptop")), local("tiny:1b"), SELF).list();
        assertThat(models).containsExactly(new ListMeshModels.MeshModel("tiny:1b", List.of("laptop"), List.of("laptop")));
    }
}
