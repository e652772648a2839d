package aura.application.chat;

import aura.application.mesh.GenerationLoad;
import aura.application.mesh.port.NodeDirectory;
import aura.application.node.ThisNode;
import aura.domain.mesh.ServedModel;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Every model some live node of the mesh serves, with the nodes that serve it and those that have it loaded in
 * memory now (this node's list read fresh).
 */
@Singleton
public record ListMeshModels(NodeDirectory directory, GenerationLoad local, ThisNode thisNode) {
    public record MeshModel(String name, List<String> nodes, List<String> loadedOn) {
        /** Whether a request for {@code model} is this model: its name, or its name without Ollama's ":latest". */
        public boolean answersTo(String model) {
            return name.equals(model) || name.equals(model + ":latest");
        }
    }

    public List<MeshModel> list() {
        String self = thisNode.identity().name();
        Map<String, TreeSet<String>> byModel = new TreeMap<>();
        Map<String, TreeSet<String>> loaded = new TreeMap<>();
        directory.live().stream().filter(h -> !h.name().equals(self))
                .forEach(h -> h.models().forEach(m -> add(byModel, loaded, m, h.name())));
        local.servedModels().forEach(m -> add(byModel, loaded, m, self));
        return byModel.entrySet().stream().map(e -> new MeshModel(e.getKey(), List.copyOf(e.getValue()),
                List.copyOf(loaded.getOrDefault(e.getKey(), new TreeSet<>())))).toList();
    }

    private static void add(Map<String, TreeSet<String>> byModel, Map<String, TreeSet<String>> loaded, ServedModel m, String node) {
        byModel.computeIfAbsent(m.name(), k -> new TreeSet<>()).add(node);
        if (m.loaded()) loaded.computeIfAbsent(m.name(), k -> new TreeSet<>()).add(node);
    }
}
