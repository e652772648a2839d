package aura.adapters.in.cli;

import aura.domain.problem.InvalidInput;

import aura.domain.mesh.Inventory;
import aura.adapters.in.cli.NodeSettings;
import aura.adapters.in.cli.StartupRequest;
import aura.domain.node.Role;
import io.micronaut.context.ApplicationContext;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/** Which node this is and which mesh it belongs to: what {@code serve} and the data commands share. */
class NodeOptions {
    @Mixin
    CommonOptions common;

    @Option(names = "--role", paramLabel = "ROLE", converter = RoleConverter.class,
            description = "lead, compute or laptop (default: the node's inventory entry, else lead)")
    Role role;

    @Option(names = "--node", paramLabel = "NAME", description = "this node's entry in the inventory (default: host name)")
    String node;

    /** The command this node's options belong to, for its output. */
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--inventory", paramLabel = "FILE", description = "the mesh inventory (node-inventory.yml); without it the node is solo")
    Path inventory;

    /** Command line, then inventory, then environment: see {@link NodeSettings#resolve}. */
    NodeSettings settings() {
        Path inventoryFile = inventory != null ? inventory
                : Optional.ofNullable(System.getenv("AURA_INVENTORY")).map(Path::of).orElse(null);
        var located = inventoryFile == null ? null : InventoryFile.readWithLines(inventoryFile);
        Inventory declared = located == null ? Inventory.empty() : located.inventory();
        var request = new StartupRequest(Optional.ofNullable(node), Optional.ofNullable(role), common.port(),
                hostName(), AuraVersion.current(), common.dataDir().toAbsolutePath().toString());
        try {
            var settings = NodeSettings.resolve(request, declared, System.getenv());
            return located == null ? settings : settings.withMonitor(located.monitor());
        } catch (InvalidInput e) {
            String where = inventoryFile != null ? inventoryFile + ": " : "";
            throw new InvalidInput(e.field().orElseThrow(), where + e.getMessage());
        }
    }

    /** Starts this node's wiring without its web server, does {@code work} on it, prints the line it returns. */
    void runAndPrint(Function<ApplicationContext, String> work) {
        try (ApplicationContext context = NodeLauncher.startWithoutServer(settings())) {
            command.commandLine().getOut().println(work.apply(context));
            command.commandLine().getOut().flush();
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
