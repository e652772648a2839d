package aura.adapters.in.cli;

import aura.application.network.RenderTunnels;
import aura.application.network.RenderedTunnels;
import aura.application.network.TunnelRequest;
import aura.domain.network.WireguardMesh;
import aura.domain.problem.InvalidInput;
import io.micronaut.context.ApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code aura-node wg ...}: the mesh's WireGuard network. */
@Command(name = "wg", mixinStandardHelpOptions = true, versionProvider = AuraVersion.class,
        description = "The mesh's WireGuard network.", subcommands = {WgCommand.Render.class, WgCommand.Check.class})
class WgCommand {

    @Command(name = "render", mixinStandardHelpOptions = true,
            description = "Write a wg-quick configuration per node (or only --node's) from the inventory.")
    static class Render implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Option(names = "--inventory", paramLabel = "FILE", defaultValue = "node-inventory.yml",
                description = "the mesh inventory (default: ${DEFAULT-VALUE})")
        Path inventory;

        @Option(names = "--out", paramLabel = "DIR", required = true,
                description = "where the configurations go (NAME.conf), with the keys under DIR/keys")
        Path out;

        @Option(names = "--node", paramLabel = "NAME",
                description = "render only this node's configuration, keeping its private key in its --data-dir")
        String node;

        @Option(names = "--preshared-keys", description = "add a preshared key to each pair of nodes")
        boolean presharedKeys;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            LocatedInventory located = InventoryFile.readWithLines(inventory);
            var request = new TunnelRequest(located.inventory(), located.wireguard(), Optional.ofNullable(node), presharedKeys);
            RenderedTunnels rendered;
            try (ApplicationContext context = CommandContext.start(Map.of("aura.network.wireguard.out", out.toString(),
                    "aura.data-dir", common.dataDir().toString()))) {
                rendered = context.getBean(RenderTunnels.class).render(request);
            } catch (InvalidInput e) {
                throw located.locate(e);
            }
            PrintWriter print = spec.commandLine().getOut();
            rendered.written().forEach(file -> print.println("wrote " + file));
            rendered.keptOnTheirNode().forEach(name -> print.println(name + " keeps its own key: render its "
                    + "configuration on it with --node " + name));
            print.flush();
            return 0;
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Check the inventory's WireGuard mesh without writing anything, and say how each node is reached.")
    static class Check implements Callable<Integer> {
        @Option(names = "--inventory", paramLabel = "FILE", defaultValue = "node-inventory.yml",
                description = "the mesh inventory (default: ${DEFAULT-VALUE})")
        Path inventory;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            LocatedInventory located = InventoryFile.readWithLines(inventory);
            WireguardMesh mesh;
            try {
                mesh = WireguardMesh.of(located.inventory(), located.wireguard());
            } catch (InvalidInput e) {
                throw located.locate(e);
            }
            PrintWriter print = spec.commandLine().getOut();
            print.printf("%s: WireGuard network %s, port %d, %d nodes%n", inventory, mesh.settings().network(),
                    mesh.settings().port(), mesh.members().size());
            mesh.members().forEach(m -> print.printf("  %-14s %-15s %s%n", m.name(), m.address(),
                    m.endpoint(mesh.settings().port()).map(e -> "reached at " + e)
                            .orElse("no public address: keeps its NAT open to the others")));
            print.flush();
            return 0;
        }
    }
}
