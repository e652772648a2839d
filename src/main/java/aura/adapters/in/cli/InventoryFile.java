package aura.adapters.in.cli;

import aura.domain.problem.InvalidInput;

import aura.domain.mesh.BackendSettings;
import aura.domain.mesh.Inventory;
import aura.domain.mesh.InventoryNode;
import aura.domain.mesh.MeshSettings;
import aura.domain.network.Ipv4Network;
import aura.domain.network.WireguardSettings;
import aura.domain.mesh.PostgresHosts;
import aura.domain.mesh.RedisSentinels;
import aura.domain.node.Role;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code node-inventory.yml} into the domain's {@link Inventory}. Every problem is reported as one
 * {@link InventoryException} naming the file, the line and what is wrong; unknown keys are refused so a typo
 * does not pass silently.
 */
public final class InventoryFile {
    private static final Set<String> TOP = Set.of("mesh", "nodes", "wireguard");
    private static final Set<String> MESH = Set.of("name", "redis", "postgres");
    private static final Set<String> POSTGRES = Set.of("url", "hosts", "database", "user", "passwordEnv");
    private static final Set<String> WIREGUARD = Set.of("network", "port");
    private static final Set<String> NODE = Set.of("name", "role", "address", "port", "public", "gpus", "backend");

    private final String file;
    /** The line of each field by its path ({@code nodes.NAME.address}, {@code wireguard.port}), to point at. */
    private final Map<String, Integer> lines = new HashMap<>();

    private InventoryFile(String file) {
        this.file = file;
    }

    public static Inventory read(Path path) {
        return readWithLines(path).inventory();
    }

    /** The inventory with its {@code wireguard:} settings and the line of each field, for rules checked later. */
    static LocatedInventory readWithLines(Path path) {
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            InventoryFile parser = new InventoryFile(path.toString());
            return parser.parse(reader);
        } catch (NoSuchFileException e) {
            throw new InventoryException(path + ": file not found");
        } catch (IOException e) {
            throw new InventoryException(path + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    private LocatedInventory parse(Reader reader) {
        Node root;
        try {
            root = new Yaml(new LoaderOptions()).compose(reader);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 0;
            throw new InventoryException(file + ":" + line + ": not valid YAML: " + e.getProblem());
        }
        if (root == null) throw new InventoryException(file + ":1: the inventory is empty");
        Map<String, Node> top = mapping(root, TOP, "the inventory");
        MeshSettings mesh = top.containsKey("mesh") ? mesh(top.get("mesh")) : MeshSettings.empty();
        WireguardSettings wireguard = top.containsKey("wireguard") ? wireguard(top.get("wireguard")) : WireguardSettings.defaults();
        List<InventoryNode> nodes = new ArrayList<>();
        if (top.containsKey("nodes")) {
            locate("nodes", top.get("nodes"));
            for (Node entry : sequence(top.get("nodes"), "nodes")) nodes.add(node(entry));
        }
        try {
            return new LocatedInventory(file, new Inventory(mesh, nodes), wireguard, lines);
        } catch (IllegalArgumentException | InvalidInput e) {
            throw problem(top.get("nodes"), e.getMessage());
        }
    }

    private MeshSettings mesh(Node node) {
        Map<String, Node> m = mapping(node, MESH, "mesh");
        Optional<Node> pg = Optional.ofNullable(m.get("postgres"));
        Map<String, Node> p = pg.map(n -> mapping(n, POSTGRES, "mesh.postgres")).orElse(Map.of());
        return new MeshSettings(text(m, "name").orElse(null), redisUrl(m.get("redis")), postgresUrl(pg.orElse(null), p),
                text(p, "user"), text(p, "passwordEnv"));
    }

    /** A URL, or {@code {sentinels: [...], master: NAME}} (see {@link RedisSentinels}). */
    private Optional<String> redisUrl(Node node) {
        if (node == null || node instanceof ScalarNode) return text(node == null ? Map.of() : Map.of("redis", node), "redis");
        Map<String, Node> r = mapping(node, Set.of("sentinels", "master"), "mesh.redis");
        if (!r.containsKey("sentinels")) throw problem(node, "mesh.redis needs sentinels (or is a redis:// URL)");
        List<String> sentinels = new ArrayList<>();
        for (Node sentinel : sequence(r.get("sentinels"), "mesh.redis.sentinels")) sentinels.add(scalar(sentinel, "a Sentinel"));
        try {
            return Optional.of(RedisSentinels.url(sentinels, text(r, "master").orElse(null)));
        } catch (InvalidInput e) {
            throw problem(node, e.getMessage());
        }
    }

    /** {@code url}, or the multi-host URL of {@code hosts} and {@code database} (see {@link PostgresHosts}). */
    private Optional<String> postgresUrl(Node node, Map<String, Node> p) {
        if (!p.containsKey("hosts")) {
            if (p.containsKey("database")) throw problem(node, "mesh.postgres.database goes with hosts, not url");
            return text(p, "url");
        }
        if (p.containsKey("url")) throw problem(node, "mesh.postgres takes url or hosts, not both");
        List<String> hosts = new ArrayList<>();
        for (Node host : sequence(p.get("hosts"), "mesh.postgres.hosts")) hosts.add(scalar(host, "a host"));
        try {
            return Optional.of(PostgresHosts.url(hosts, text(p, "database").orElse("aura")));
        } catch (InvalidInput e) {
            throw problem(p.get("hosts"), e.getMessage());
        }
    }

    private WireguardSettings wireguard(Node node) {
        Map<String, Node> w = mapping(node, WIREGUARD, "wireguard");
        locate("wireguard", node);
        w.forEach((key, value) -> locate("wireguard." + key, value));
        try {
            Ipv4Network network = Ipv4Network.parse(text(w, "network").orElse(WireguardSettings.DEFAULT_NETWORK), "wireguard.network");
            int port = text(w, "port").map(p -> port(w.get("port"), p)).orElse(WireguardSettings.DEFAULT_PORT);
            if (port < 1 || port > 65535) throw problem(w.get("port"), "wireguard port must be 1-65535");
            return new WireguardSettings(network, port);
        } catch (InvalidInput e) {
            throw e instanceof InventoryException ie ? ie : problem(w.getOrDefault("network", node), e.getMessage());
        }
    }

    private void locate(String field, Node node) {
        lines.put(field, node.getStartMark().getLine() + 1);
    }

    private InventoryNode node(Node entry) {
        Map<String, Node> m = mapping(entry, NODE, "a node");
        String name = text(m, "name").orElseThrow(() -> problem(entry, "a node needs a name"));
        locate("nodes." + name, entry);
        m.forEach((key, value) -> locate("nodes." + name + "." + key, value));
        try {
            Role role = Role.parse(text(m, "role").orElseThrow(() -> problem(entry, "node '" + name + "' needs a role")));
            String address = text(m, "address").orElseThrow(() -> problem(entry, "node '" + name + "' needs an address"));
            int port = text(m, "port").map(p -> port(m.get("port"), p)).orElse(3000);
            List<String> gpus = new ArrayList<>();
            if (m.containsKey("gpus")) {
                for (Node gpu : sequence(m.get("gpus"), "gpus")) gpus.add(scalar(gpu, "a GPU"));
            }
            Optional<BackendSettings> backend = m.containsKey("backend") ? Optional.of(backend(m.get("backend"))) : Optional.empty();
            return new InventoryNode(name, role, address, port, text(m, "public"), gpus, backend);
        } catch (IllegalArgumentException | InvalidInput e) {
            throw e instanceof InventoryException ie ? ie : problem(entry, e.getMessage());
        }
    }

    private BackendSettings backend(Node node) {
        Map<String, Node> b = mapping(node, Set.of("kind", "url", "apiKeyEnv", "continuation", "external"), "backend");
        String kind = text(b, "kind").orElseThrow(() -> problem(node, "backend needs a kind (ollama or openai)"));
        String url = text(b, "url").orElseThrow(() -> problem(node, "backend needs a url"));
        Optional<String> external = text(b, "external");
        if (external.isPresent() && !external.get().matches("true|false")) throw problem(node, "backend external is true or false");
        try {
            return new BackendSettings(BackendSettings.kind(kind), url, text(b, "apiKeyEnv"),
                    text(b, "continuation").map(BackendSettings.Continuation::parse), external.equals(Optional.of("true")));
        } catch (IllegalArgumentException | InvalidInput e) {
            throw problem(node, e.getMessage());
        }
    }

    private int port(Node node, String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw problem(node, "port '" + text + "' is not a number");
        }
    }

    private Map<String, Node> mapping(Node node, Set<String> allowed, String what) {
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

    private List<Node> sequence(Node node, String what) {
        if (!(node instanceof SequenceNode seq)) throw problem(node, what + " must be a list");
        return seq.getValue();
    }

    private String scalar(Node node, String what) {
        if (!(node instanceof ScalarNode scalar)) throw problem(node, what + " must be a plain value");
        return scalar.getValue();
    }

    private Optional<String> text(Map<String, Node> m, String key) {
        return Optional.ofNullable(m.get(key)).map(n -> scalar(n, "'" + key + "'")).filter(s -> !s.isBlank());
    }

    private InventoryException problem(Node node, String message) {
        int line = node == null ? 1 : node.getStartMark().getLine() + 1;
        return new InventoryException(file + ":" + line + ": " + message);
    }
}
