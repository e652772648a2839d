package aura.application.chat;

import aura.application.mesh.NodeDirectory;
import aura.domain.mesh.Heartbeat;
import aura.domain.mesh.ServedModel;
import aura.domain.node.GpuInventory;
import aura.domain.node.Role;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ListChatModelsTest {

    private static Heartbeat beat(String node, String... models) {
        return new Heartbeat(node, Role.COMPUTE, "127.0.0.1", 3000, 0.1, GpuInventory.none(), "1", Instant.now(),
                java.util.Arrays.stream(models).map(m -> new ServedModel(m, 10, 1, true)).toList(), 0, 0);
    }

    private static NodeDirectory liveNodes(Heartbeat... beats) {
        return new NodeDirectory() {
            @Override
            public void publish(Heartbeat heartbeat) {
            }

            @Override
            public Collection<Heartbeat> live() {
                return List.of(beats);
            }

            @Override
            public Map<String, Instant> lastSeen() {
                return Map.of();
            }
        };
    }

    @Test
    void everyModelALiveNodeServesIsOfferedOnceWithItsNodesInNameOrder() {
        var models = new ListChatModels(liveNodes(beat("slow", "llama3:8b"), beat("fast", "only-fast:1b", "llama3:8b"),
                beat("laptop"))).list();
        assertThat(models).containsExactly(
                new ListChatModels.Offered("llama3:8b", List.of("fast", "slow")),
                new ListChatModels.Offered("only-fast:1b", List.of("fast")));
    }

    @Test
    void aMeshWithoutBackendsOffersNoModel() {
        assertThat(new ListChatModels(liveNodes(beat("laptop"))).list()).isEmpty();
    }
}
