package aura.domain.mesh;

import aura.domain.node.GpuDevice;
import aura.domain.node.GpuInventory;
import aura.domain.node.Role;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class MeshViewTest {
    private static final Instant T = Instant.parse("2026-11-29T10:00:00Z");
    private static final Inventory INVENTORY = new Inventory(MeshSettings.empty(), List.of(
            new InventoryNode("aurora", Role.LEAD, "10.0.0.1", 3000, Optional.empty(), List.of()),
            new InventoryNode("vengeance", Role.COMPUTE, "10.0.0.10", 3000, Optional.empty(), List.of("RTX 4090"))));

    private static Heartbeat beat(String name) {
        return new Heartbeat(name, Role.COMPUTE, "127.0.0.1", 3005, 0.25,
                new GpuInventory(List.of(new GpuDevice(0, "RTX 4090", 24564))), "1.0", T);
    }

    @Test
    void aNodeWithALiveHeartbeatIsUpWithItsLoadAndGpu() {
        var members = MeshView.merge(INVENTORY, List.of(), List.of(beat("vengeance")), Map.of("vengeance", T));
        var vengeance = members.get(1);
        assertThat(vengeance.status()).isEqualTo(MeshMember.Status.UP);
        assertThat(vengeance.cpuLoad()).contains(0.25);
        assertThat(vengeance.gpu().orElseThrow().devices()).hasSize(1);
        assertThat(vengeance.address()).as("the live heartbeat's address, not the inventory's").isEqualTo("127.0.0.1");
    }

    @Test
    void anInventoryNodeWithoutHeartbeatIsDownAndKeepsItsLastSeen() {
        var members = MeshView.merge(INVENTORY, List.of(), List.of(), Map.of("aurora", T));
        assertThat(members).extracting(MeshMember::status).containsOnly(MeshMember.Status.DOWN);
        assertThat(members.get(0).lastSeen()).contains(T);
        assertThat(members.get(1).lastSeen()).isEmpty();
        assertThat(members.get(0).cpuLoad()).isEmpty();
    }

    @Test
    void nodesOutsideTheInventoryFollowByNameAndAreMarkedSo() {
        var registered = new NodeRegistration("zeta", Role.LAPTOP, "127.0.0.1", 3009, "1.0", T, T);
        var members = MeshView.merge(INVENTORY, List.of(registered), List.of(beat("beta")), Map.of());
        assertThat(members).extracting(MeshMember::name).containsExactly("aurora", "vengeance", "beta", "zeta");
        assertThat(members.get(2).inInventory()).isFalse();
        assertThat(members.get(2).status()).isEqualTo(MeshMember.Status.UP);
        assertThat(members.get(3).status()).isEqualTo(MeshMember.Status.DOWN);
    }
}
