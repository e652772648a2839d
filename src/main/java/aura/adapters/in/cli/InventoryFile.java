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
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code node-inventory.yml} into the domain's {@link Inventory}, with its {@code wireguard:} and
 * {@code monitor:} sections. Every problem is reported as one {@link InventoryException} naming the file, the line
 * and what is wrong ({@link YamlDocument}).
 */
public final class InventoryFile {
    private static final Set<String> TOP = Set.of("mesh", "nodes", "wireguard", "monitor");
    private static final Set<String> MESH = Set.of("name", "redis", "postgres");
    private static final Set<String> POSTGRES = Set.of("url", "hosts", "database", "user", "passwordEnv");
    private static final Set<String> WIREGUARD = Set.of("network", "port");
    private static final Set<String> NODE = Set.of("name", "role", "address", "port", "public", "gpus", "backend");

    private final YamlDocument yaml;
    private final String file;
    /** The line of each field by its path ({@code nodes.NAME.address}, {@code wireguard.port}), to point at. */
    private final Map<String, Integer> lines = new HashMap<>();

    private InventoryFile(YamlDocument yaml) {
        this.yaml = yaml;
        this.file = yaml.file();
    }

    public static Inventory read(Path path) {
        return readWithLines(path).inventory();
    }

    /** The inventory with its {@code wireguard:} settings and the line of each field, for rules checked later. */
    static LocatedInventory readWithLines(Path path) {
        YamlDocument yaml = YamlDocument.read(path, "the inventory");
        return new InventoryFile(yaml).parse(yaml.root());
    }

    private LocatedInventory parse(Node root) {
        Map<String, Node> top = yaml.mapping(root, TOP, "the inventory");
        MeshSettings mesh = top.containsKey("mesh") ? mesh(top.get("mesh")) : MeshSettings.empty();
        WireguardSettings wireguard = top.containsKey("wireguard") ? wireguard(top.get("wireguard")) : WireguardSettings.defaults();
        MonitorSection monitor = top.containsKey("monitor") ? MonitorSection.read(yaml, top.get("monitor")) : MonitorSection.NONE;
        List<InventoryNode> nodes = new ArrayList<>();
        if (top.containsKey("nodes")) {
            locate("nodes", top.get("nodes"));
            for (Node entry : yaml.sequence(top.get("nodes"), "nodes")) nodes.add(node(entry));
        }
        try {
            return new LocatedInventory(file, new Inventory(mesh, nodes), wireguard, monitor, lines);
        } catch (IllegalArgumentException | InvalidInput e) {
            throw yaml.problem(top.get("nodes"), e.getMessage());
        }
    }

    private MeshSettings mesh(Node node) {
        Map<String, Node> m = yaml.mapping(node, MESH, "mesh");
        Optional<Node> pg = Optional.ofNullable(m.get("postgres"));
        Map<String, Node> p = pg.map(n -> yaml.mapping(n, POSTGRES, "mesh.postgres")).orElse(Map.of());
        return new MeshSettings(yaml.text(m, "name").orElse(null), redisUrl(m.get("redis")), postgresUrl(pg.orElse(null), p),
                yaml.text(p, "user"), yaml.text(p, "passwordEnv"));
    }

    /** A URL, or {@code {sentinels: [...], master: NAME}} (see {@link RedisSentinels}). */
    private Optional<String> redisUrl(Node node) {
        if (node == null || node instanceof ScalarNode) return yaml.text(node == null ? Map.of() : Map.of("redis", node), "redis");
        Map<String, Node> r = yaml.mapping(node, Set.of("sentinels", "master"), "mesh.redis");
        if (!r.containsKey("sentinels")) throw yaml.problem(node, "mesh.redis needs sentinels (or is a redis:// URL)");
        List<String> sentinels = new ArrayList<>();
        for (Node sentinel : yaml.sequence(r.get("sentinels"), "mesh.redis.sentinels")) sentinels.add(yaml.scalar(sentinel, "a Sentinel"));
        try {
            return Optional.of(RedisSentinels.url(sentinels, yaml.text(r, "master").orElse(null)));
        } catch (InvalidInput e) {
            throw yaml.problem(node, e.getMessage());
        }
    }

    /** {@code url}, or the multi-host URL of {@code hosts} and {@code database} (see {@link PostgresHosts}). */
    private Optional<String> postgresUrl(Node node, Map<String, Node> p) {
        if (!p.containsKey("hosts")) {
            if (p.containsKey("database")) throw yaml.problem(node, "mesh.postgres.database goes with hosts, not url");
            return yaml.text(p, "url");
        }
        if (p.containsKey("url")) throw yaml.problem(node, "mesh.postgres takes url or hosts, not both");
        List<String> hosts = new ArrayList<>();
        for (Node host : yaml.sequence(p.get("hosts"), "mesh.postgres.hosts")) hosts.add(yaml.scalar(host, "a host"));
        try {
            return Optional.of(PostgresHosts.url(hosts, yaml.text(p, "database").orElse("aura")));
        } catch (InvalidInput e) {
            throw yaml.problem(p.get("hosts"), e.getMessage());
        }
    }

    private WireguardSettings wireguard(Node node) {
        Map<String, Node> w = yaml.mapping(node, WIREGUARD, "wireguard");
        locate("wireguard", node);
        w.forEach((key, value) -> locate("wireguard." + key, value));
        try {
            Ipv4Network network = Ipv4Network.parse(yaml.text(w, "network").orElse(WireguardSettings.DEFAULT_NETWORK), "wireguard.network");
            int port = yaml.text(w, "port").map(p -> port(w.get("port"), p)).orElse(WireguardSettings.DEFAULT_PORT);
            if (port < 1 || port > 65535) throw yaml.problem(w.get("port"), "wireguard port must be 1-65535");
            return new WireguardSettings(network, port);
        } catch (InvalidInput e) {
            throw e instanceof InventoryException ie ? ie : yaml.problem(w.getOrDefault("network", node), e.getMessage());
        }
    }

    private void locate(String field, Node node) {
        lines.put(field, node.getStartMark().getLine() + 1);
    }

    private InventoryNode node(Node entry) {
        Map<String, Node> m = yaml.mapping(entry, NODE, "a node");
        String name = yaml.text(m, "name").orElseThrow(() -> yaml.problem(entry, "a node needs a name"));
        locate("nodes." + name, entry);
        m.forEach((key, value) -> locate("nodes." + name + "." + key, value));
        try {
            Role role = Role.parse(yaml.text(m, "role").orElseThrow(() -> yaml.problem(entry, "node '" + name + "' needs a role")));
            String address = yaml.text(m, "address").orElseThrow(() -> yaml.problem(entry, "node '" + name + "' needs an address"));
            int port = yaml.text(m, "port").map(p -> port(m.get("port"), p)).orElse(3000);
            List<String> gpus = new ArrayList<>();
            if (m.containsKey("gpus")) {
                for (Node gpu : yaml.sequence(m.get("gpus"), "gpus")) gpus.add(yaml.scalar(gpu, "a GPU"));
            }
            Optional<BackendSettings> backend = m.containsKey("backend") ? Optional.of(backend(m.get("backend"))) : Optional.empty();
            return new InventoryNode(name, role, address, port, yaml.text(m, "public"), gpus, backend);
        } catch (IllegalArgumentException | InvalidInput e) {
            throw e instanceof InventoryException ie ? ie : yaml.problem(entry, e.getMessage());
        }
    }

    private BackendSettings backend(Node node) {
        Map<String, Node> b = yaml.mapping(node, Set.of("kind", "url", "apiKeyEnv", "continuation", "external"), "backend");
        String kind = yaml.text(b, "kind").orElseThrow(() -> yaml.problem(node, "backend needs a kind (ollama or openai)"));
        String url = yaml.text(b, "url").orElseThrow(() -> yaml.problem(node, "backend needs a url"));
        Optional<String> external = yaml.text(b, "external");
        if (external.isPresent() && !external.get().matches("true|false")) throw yaml.problem(node, "backend external is true or false");
        try {
            return new BackendSettings(BackendSettings.kind(kind), url, yaml.text(b, "apiKeyEnv"),
                    yaml.text(b, "continuation").map(BackendSettings.Continuation::parse), external.equals(Optional.of("true")));
        } catch (IllegalArgumentException | InvalidInput e) {
            throw yaml.problem(node, e.getMessage());
        }
    }

    private int port(Node node, String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw yaml.problem(node, "port '" + text + "' is not a number");
        }
    }





}
