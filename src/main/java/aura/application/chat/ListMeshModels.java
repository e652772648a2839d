package aura.application.chat;

import aura.application.mesh.GenerationLoad;
import aura.application.mesh.NodeDirectory;
import aura.domain.mesh.NodeSettings;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Every model some live node of the mesh serves, with the nodes that serve it (this node's list read fresh). */
@Singleton
public class ListMeshModels {
    private final NodeDirectory directory;
    private final GenerationLoad local;
    private final NodeSettings settings;

    public ListMeshModels(NodeDirectory directory, GenerationLoad local, NodeSettings settings) {
        this.directory = directory;
        this.local = local;
        this.settings = settings;
    }

    public record MeshModel(String name, List<String> nodes) {
    }

    public List<MeshModel> list() {
        String self = settings.identity().name();
        Map<String, TreeSet<String>> byModel = new TreeMap<>();
        directory.live().stream().filter(h -> !h.name().equals(self))
                .forEach(h -> h.models().forEach(m -> byModel.computeIfAbsent(m.name(), k -> new TreeSet<>()).add(h.name())));
        local.servedModels().forEach(m -> byModel.computeIfAbsent(m.name(), k -> new TreeSet<>()).add(self));
        return byModel.entrySet().stream().map(e -> new MeshModel(e.getKey(), List.copyOf(e.getValue()))).toList();
    }
}
