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
public record ListMeshNodes(Inventory inventory, NodeDirectory directory, NodeRegistry registry) {
    public List<MeshMember> list() {
        return MeshView.merge(inventory, registry.all(), directory.live(), directory.lastSeen());
    }
}
