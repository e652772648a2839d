package aura.adapters.in.cli;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A YAML file the person writes (the inventory, a rules file), read as nodes that know their line, so every problem
 * is one {@link InventoryException} {@code FILE:LINE: what is wrong}; unknown keys are refused so a typo does not
 * pass silently.
 */
final class YamlDocument {
    private final String file;
    private final Node root;

    private YamlDocument(String file, Node root) {
        this.file = file;
        this.root = root;
    }

    /** The file's document; {@code what} names it when it is empty ("the inventory"). */
    static YamlDocument read(Path path, String what) {
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            Node root;
            try {
                root = new Yaml(new LoaderOptions()).compose(reader);
            } catch (MarkedYAMLException e) {
                int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 0;
                throw new InventoryException(path + ":" + line + ": not valid YAML: " + e.getProblem());
            }
            if (root == null) throw new InventoryException(path + ":1: " + what + " is empty");
            return new YamlDocument(path.toString(), root);
        } catch (NoSuchFileException e) {
            throw new InventoryException(path + ": file not found");
        } catch (IOException e) {
            throw new InventoryException(path + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    String file() {
        return file;
    }

    Node root() {
        return root;
    }

    /** {@code FILE:LINE} of {@code node}. */
    String where(Node node) {
        return file + ":" + line(node);
    }

    static int line(Node node) {
        return node == null ? 1 : node.getStartMark().getLine() + 1;
    }

    Map<String, Node> mapping(Node node, Set<String> allowed, String what) {
        if (!(node instanceof MappingNode mapping)) throw problem(node, what + " must be a mapping of keys to values");
        Map<String, Node> values = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = scalar(tuple.getKeyNode(), "a key");
            if (!allowed.contains(key)) {
                throw problem(tuple.getKeyNode(), "unknown key '" + key + "' in " + what + " (allowed: "
                        + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
            values.put(key, tuple.getValueNode());
        }
        return values;
    }

    List<Node> sequence(Node node, String what) {
        if (!(node instanceof SequenceNode seq)) throw problem(node, what + " must be a list");
        return seq.getValue();
    }

    String scalar(Node node, String what) {
        if (!(node instanceof ScalarNode scalar)) throw problem(node, what + " must be a plain value");
        return scalar.getValue();
    }

    Optional<String> text(Map<String, Node> m, String key) {
        return Optional.ofNullable(m.get(key)).map(n -> scalar(n, "'" + key + "'")).filter(s -> !s.isBlank());
    }

    InventoryException problem(Node node, String message) {
        return new InventoryException(where(node) + ": " + message);
    }
}
