package aura.application.mesh;

import aura.application.mesh.port.NodeDirectory;
import aura.application.mesh.port.NodeRegistry;
import aura.domain.mesh.MeshMember;
import aura.domain.mesh.MeshView;
import aura.domain.mesh.Inventory;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Every node of the mesh with its live status: the inventory's nodes, plus nodes that joined without being in it
 * (started with a name of their own).
 */
@Singleton
public class ListMeshNodes {
    private final Inventory inventory;
    private final NodeDirectory directory;
    private final NodeRegistry registry;

    public ListMeshNodes(Inventory inventory, NodeDirectory directory, NodeRegistry registry) {
        this.inventory = inventory;
        this.directory = directory;
        this.registry = registry;
    }

    public List<MeshMember> list() {
        return MeshView.merge(inventory, registry.all(), directory.live(), directory.lastSeen());
    }
}
