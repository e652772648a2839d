package aura.application.mesh;

import aura.application.node.port.LocalNetwork;
import aura.domain.mesh.Inventory;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * The Aura nodes heard on this node's LAN. A LAN announcement proves nothing about who sent it, so a node heard
 * there is never treated as a member of the mesh: it is listed, marked with whether the inventory has its name.
 */
@Singleton
public record ListLanNodes(Inventory inventory, LocalNetwork lan) {
    public List<LanNode> list() {
        return lan.heard().stream().map(n -> new LanNode(n, inventory.node(n.name()).isPresent())).toList();
    }
}
