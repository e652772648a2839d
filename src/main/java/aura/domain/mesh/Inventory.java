package aura.domain.mesh;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The person's machines: the mesh's shared services and every node. Node names are unique. */
public record Inventory(MeshSettings mesh, List<InventoryNode> nodes) {
    public Inventory {
        if (mesh == null) mesh = MeshSettings.empty();
        nodes = List.copyOf(nodes);
        Set<String> seen = new HashSet<>();
        for (InventoryNode node : nodes) {
            if (!seen.add(node.name())) throw new IllegalArgumentException("node '" + node.name() + "' is listed twice");
        }
    }

    public static Inventory empty() {
        return new Inventory(MeshSettings.empty(), List.of());
    }

    public Optional<InventoryNode> node(String name) {
        return nodes.stream().filter(n -> n.name().equals(name)).findFirst();
    }
}
