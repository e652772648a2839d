package aura.application.chat;

import aura.application.mesh.NodeDirectory;
import aura.domain.mesh.Heartbeat;
import aura.domain.mesh.ServedModel;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The models a person can chat with now: every model some live node serves, by name, with the nodes serving it.
 * A model only a down node serves is not offered, since nothing could answer with it.
 */
@Singleton
public class ListChatModels {
    private final NodeDirectory directory;

    public ListChatModels(NodeDirectory directory) {
        this.directory = directory;
    }

    /** A model and the live nodes that serve it, in name order. */
    public record Offered(String name, List<String> nodes) {
        public Offered {
            nodes = List.copyOf(nodes);
        }
    }

    public List<Offered> list() {
        Map<String, TreeSet<String>> byModel = new TreeMap<>();
        for (Heartbeat beat : directory.live()) {
            for (ServedModel model : beat.models()) {
                byModel.computeIfAbsent(model.name(), m -> new TreeSet<>()).add(beat.name());
            }
        }
        return byModel.entrySet().stream().map(e -> new Offered(e.getKey(), List.copyOf(e.getValue()))).toList();
    }
}
