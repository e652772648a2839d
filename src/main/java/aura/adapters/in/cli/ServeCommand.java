package aura.adapters.in.cli;

import aura.domain.mesh.Inventory;
import aura.domain.mesh.NodeSettings;
import aura.domain.mesh.StartupRequest;
import aura.domain.node.Role;
import io.micronaut.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code aura-node serve}: start this node and keep it running until it is stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = AuraVersion.class,
        description = "Start the node: web UI and API on its port, solo or in a mesh.")
class ServeCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--role", paramLabel = "ROLE", converter = RoleConverter.class,
            description = "lead, compute or laptop (default: the node's inventory entry, else lead)")
    Role role;

    @Option(names = "--node", paramLabel = "NAME", description = "this node's entry in the inventory (default: host name)")
    String node;

    @Option(names = "--inventory", paramLabel = "FILE", description = "the mesh inventory (node-inventory.yml); without it the node is solo")
    Path inventory;

    @Override
    public Integer call() throws InterruptedException {
        NodeSettings settings = settings();
        ApplicationContext context = NodeLauncher.start(settings);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (context.isRunning()) context.close();
            stopped.countDown();
        }, "aura-shutdown"));
        stopped.await();
        return 0;
    }

    NodeSettings settings() {
        Path inventoryFile = inventory != null ? inventory
                : Optional.ofNullable(System.getenv("AURA_INVENTORY")).map(Path::of).orElse(null);
        Inventory declared = inventoryFile == null ? Inventory.empty() : InventoryFile.read(inventoryFile);
        var request = new StartupRequest(Optional.ofNullable(node), Optional.ofNullable(role), common.port(),
                hostName(), AuraVersion.current(), common.dataDir().toAbsolutePath().toString());
        try {
            return NodeSettings.resolve(request, declared, System.getenv());
        } catch (IllegalArgumentException e) {
            String where = inventoryFile != null ? inventoryFile + ": " : "";
            throw new IllegalArgumentException(where + e.getMessage(), e);
        }
    }

    private static String hostName() {
        String env = System.getenv("HOSTNAME");
        if (env != null && !env.isBlank()) return env.trim();
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
