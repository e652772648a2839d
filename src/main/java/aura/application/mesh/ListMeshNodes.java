package aura.application.mesh;

import aura.application.mesh.port.NodeDirectory;
import aura.application.mesh.port.NodeRegistry;
import aura.domain.mesh.MeshMember;
import aura.domain.mesh.MeshView;
import aura.domain.mesh.NodeSettings;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Every node of the mesh with its live status: the inventory's nodes, plus nodes that joined without being in it
 * (started with a name of their own).
 */
@Singleton
public class ListMeshNodes {
    private final NodeSettings settings;
    private final NodeDirectory directory;
    private final NodeRegistry registry;

    public ListMeshNodes(NodeSettings settings, NodeDirectory directory, NodeRegistry registry) {
        this.settings = settings;
        this.directory = directory;
        this.registry = registry;
    }

    public List<MeshMember> list() {
        return MeshView.merge(settings.inventory(), registry.all(), directory.live(), directory.lastSeen());
    }
}
