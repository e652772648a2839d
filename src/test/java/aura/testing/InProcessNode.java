package aura.testing;

import aura.adapters.in.cli.NodeLauncher;
import aura.adapters.in.cli.NodeSettings;
import aura.adapters.in.cli.StartupRequest;
import aura.domain.mesh.Inventory;
import aura.domain.mesh.InventoryNode;
import aura.domain.mesh.MeshSettings;
import aura.domain.node.Role;
import io.micronaut.context.ApplicationContext;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A node started inside the test's JVM the way {@code serve} starts it, listening on loopback. {@link #base()} is
 * its URL; {@link #context()} reaches its beans. Closing it stops the node.
 */
public record InProcessNode(ApplicationContext context, int port) implements AutoCloseable {
    public static final String VERSION = "9.9.9";

    /** A solo node: H2 in {@code dataDir}, in-process adapters, no role asked for (so its own lead). */
    public static InProcessNode solo(Path dataDir, String name) {
        return solo(dataDir, name, Optional.empty(), Map.of());
    }

    public static InProcessNode solo(Path dataDir, String name, Role role) {
        return solo(dataDir, name, Optional.of(role), Map.of());
    }

    /** A solo node with environment variables set, e.g. {@code AURA_BACKEND}. */
    public static InProcessNode solo(Path dataDir, String name, Map<String, String> env) {
        return solo(dataDir, name, Optional.empty(), env);
    }

    private static InProcessNode solo(Path dataDir, String name, Optional<Role> role, Map<String, String> env) {
        return start(dataDir, name, role, Services.freePort(), Inventory.empty(), env);
    }

    /** A node of {@code inventory}'s mesh, on the port of its inventory entry, or on a free one if it has none. */
    public static InProcessNode inMesh(Path dataDir, String name, Inventory inventory, Map<String, String> env) {
        int port = inventory.node(name).map(InventoryNode::port).orElseGet(Services::freePort);
        return start(dataDir, name, Optional.empty(), port, inventory, env);
    }

    /** The environment of a mesh node: a fresh Postgres database {@code aura_test_<suffix>} and the real Redis. */
    public static Map<String, String> meshServices(String databaseSuffix) {
        return Map.of("AURA_DB_URL", Services.freshDatabase(databaseSuffix), "AURA_DB_USER", "postgres",
                "AURA_REDIS_URL", Services.redis());
    }

    /** An inventory for a mesh of its own (a random name starting with {@code prefix}), so tests never meet. */
    public static Inventory freshMesh(String prefix, List<InventoryNode> nodes) {
        String mesh = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        return new Inventory(new MeshSettings(mesh, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty()), nodes);
    }

    private static InProcessNode start(Path dataDir, String name, Optional<Role> role, int port, Inventory inventory,
                                       Map<String, String> env) {
        var request = new StartupRequest(Optional.of(name), role, Optional.of(port), "host", VERSION, dataDir.toString());
        return new InProcessNode(NodeLauncher.start(NodeSettings.resolve(request, inventory, env)), port);
    }

    public String base() {
        return "http://127.0.0.1:" + port;
    }

    /** Bootstraps the first admin (if none exists yet) and logs in; the access token. */
    public String adminToken() {
        return Accounts.adminToken(base());
    }

    @Override
    public void close() {
        context.close();
    }
}
