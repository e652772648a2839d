package aura.application.mesh;

import aura.application.node.port.LocalNetwork;
import aura.domain.mesh.Inventory;
import aura.domain.mesh.InventoryNode;
import aura.domain.mesh.MeshSettings;
import aura.domain.node.LanNeighbour;
import aura.domain.node.Role;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ListLanNodesTest {

    private static LocalNetwork hearing(LanNeighbour... neighbours) {
        return new LocalNetwork() {
            @Override
            public boolean announcing() {
                return true;
            }

            @Override
            public void announce(String name, Role role, int port) {
            }

            @Override
            public List<LanNeighbour> heard() {
                return List.of(neighbours);
            }
        };
    }

    @Test
    void aNodeHeardOnTheLanIsListedAndMarkedKnownOnlyWhenTheInventoryNamesIt() {
        var inventory = new Inventory(MeshSettings.empty(), List.of(
                new InventoryNode("aurora", Role.LEAD, "10.0.0.1", 3000, Optional.empty(), List.of())));
        var known = new LanNeighbour("aurora", "lead", "192.0.2.10", 3000);
        var stranger = new LanNeighbour("printer-pretending", "lead", "192.0.2.66", 3000);

        List<LanNode> listed = new ListLanNodes(inventory, hearing(known, stranger)).list();

        assertThat(listed).containsExactly(new LanNode(known, true), new LanNode(stranger, false));
    }
}
