package aura.adapters.in.cli;

import aura.domain.mesh.BackendSettings;
import aura.domain.mesh.Inventory;
import aura.domain.mesh.InventoryNode;
import aura.domain.mesh.MeshConnection;
import aura.domain.mesh.MeshSettings;
import aura.domain.mesh.PostgresHosts;

import aura.domain.problem.InvalidInput;

import aura.domain.node.Mode;
import aura.domain.node.NodeIdentity;
import aura.domain.node.Role;

import aura.domain.monitor.OwnAlertRule;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolved at the edge, and kept there: how this node takes its place: identity, the address and port it advertises, its data directory and, in mesh
 * mode, the shared services; and the person's alert rules and webhook from the inventory's {@code monitor:} section
 * (the data directory's rules file is read when the node starts, {@link NodeLauncher}). Mode is mesh exactly when
 * both Redis and Postgres are named.
 */
public record NodeSettings(NodeIdentity identity, String address, int port, String dataDir,
                           Optional<MeshConnection> mesh, Inventory inventory, Optional<BackendSettings> backend,
                           List<OwnAlertRule> alertRules, Optional<String> webhookUrl) {
    public static final int DEFAULT_PORT = 3000;

    /** What the use cases are given of these settings: no secrets, URLs or paths. */
    public aura.application.node.ThisNode thisNode() {
        return new aura.application.node.ThisNode(identity, address, port, backend.isPresent(),
                backend.map(BackendSettings::external).orElse(false));
    }

    public NodeSettings {
        alertRules = List.copyOf(alertRules);
    }

    public NodeSettings(NodeIdentity identity, String address, int port, String dataDir, Optional<MeshConnection> mesh,
                        Inventory inventory) {
        this(identity, address, port, dataDir, mesh, inventory, Optional.empty(), List.of(), Optional.empty());
    }

    /**
     * With the inventory's {@code monitor:} section: its rules, and its webhook unless {@code AURA_MONITOR_WEBHOOK_URL}
     * named one.
     */
    NodeSettings withMonitor(MonitorSection monitor) {
        return new NodeSettings(identity, address, port, dataDir, mesh, inventory, backend, monitor.rules(),
                webhookUrl.or(monitor::webhookUrl));
    }

    public String meshName() {
        return mesh.map(MeshConnection::meshName).orElse(inventory.mesh().name());
    }

    /**
     * Command line first, then the node's inventory entry (by {@code --node}, else by host name), then defaults;
     * environment variables override the inventory's mesh section, and {@code AURA_BACKEND} the node's backend.
     */
    public static NodeSettings resolve(StartupRequest request, Inventory inventory, Map<String, String> env) {
        if (request.node().isPresent() && !inventory.nodes().isEmpty() && inventory.node(request.node().get()).isEmpty()) {
            throw new InvalidInput("--node", "node '" + request.node().get() + "' is not in the inventory");
        }
        String name = request.node().orElse(request.hostName());
        Optional<InventoryNode> entry = inventory.node(name);
        Role role = request.role().orElse(entry.map(InventoryNode::role).orElse(Role.LEAD));
        int port = request.port().orElse(entry.map(InventoryNode::port).orElse(DEFAULT_PORT));
        String address = entry.map(InventoryNode::address).orElse("127.0.0.1");
        Optional<MeshConnection> mesh = meshConnection(inventory.mesh(), env);
        Mode mode = mesh.isPresent() ? Mode.MESH : Mode.SOLO;
        Optional<BackendSettings> backend = env(env, "AURA_BACKEND").map(BackendSettings::parse)
                .or(() -> entry.flatMap(InventoryNode::backend));
        // AURA_BACKEND_EXTERNAL=true marks a backend outside the mesh, as the inventory's backend.external does
        if (env(env, "AURA_BACKEND_EXTERNAL").filter("true"::equalsIgnoreCase).isPresent()) {
            backend = backend.map(BackendSettings::markedExternal);
        }
        Optional<String> webhook = env(env, "AURA_MONITOR_WEBHOOK_URL");
        if (webhook.isPresent() && !MonitorSection.webUrl(webhook.get())) {
            throw new InvalidInput("AURA_MONITOR_WEBHOOK_URL", "AURA_MONITOR_WEBHOOK_URL is an http(s) URL, not '" + webhook.get() + "'");
        }
        return new NodeSettings(new NodeIdentity(name, role, mode, request.version()), address, port,
                request.dataDir(), mesh, inventory, backend, List.of(), webhook);
    }

    private static Optional<MeshConnection> meshConnection(MeshSettings mesh, Map<String, String> env) {
        Optional<String> redis = env(env, "AURA_REDIS_URL").or(mesh::redisUrl);
        Optional<String> db = env(env, "AURA_DB_URL").or(mesh::postgresUrl).map(PostgresHosts::followingPrimary);
        if (redis.isEmpty() && db.isEmpty()) return Optional.empty();
        if (redis.isEmpty()) throw new InvalidInput("mesh.redis", "mesh mode needs Redis too: set mesh.redis or AURA_REDIS_URL");
        if (db.isEmpty()) throw new InvalidInput("mesh.postgres.url", "mesh mode needs Postgres too: set mesh.postgres.url or AURA_DB_URL");
        String user = env(env, "AURA_DB_USER").or(mesh::postgresUser).orElse("aura");
        String password = env(env, "AURA_DB_PASSWORD")
                .or(() -> mesh.postgresPasswordEnv().flatMap(name -> env(env, name))).orElse("");
        return Optional.of(new MeshConnection(mesh.name(), redis.get(), db.get(), user, password));
    }

    private static Optional<String> env(Map<String, String> env, String key) {
        return Optional.ofNullable(env.get(key)).filter(v -> !v.isBlank());
    }
}
