package aura.adapters.in.cli;

import aura.domain.mesh.Inventory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code aura-node inventory check FILE}: validate an inventory and summarise it. */
@Command(name = "inventory", mixinStandardHelpOptions = true, versionProvider = AuraVersion.class,
        description = "Work with the mesh inventory.", subcommands = InventoryCommand.Check.class)
class InventoryCommand {

    @Command(name = "check", mixinStandardHelpOptions = true, description = "Validate an inventory file and list its nodes.")
    static class Check implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Parameters(paramLabel = "FILE", defaultValue = "node-inventory.yml", description = "the inventory (default: ${DEFAULT-VALUE})")
        Path file;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Inventory inventory = InventoryFile.read(file);
            PrintWriter out = spec.commandLine().getOut();
            out.printf("%s: mesh '%s', %d nodes%n", file, inventory.mesh().name(), inventory.nodes().size());
            inventory.nodes().forEach(n -> out.printf("  %-14s %-8s %s:%d%s%n", n.name(), n.role().wireName(),
                    n.address(), n.port(), n.gpus().isEmpty() ? "" : "  gpus: " + String.join(", ", n.gpus())));
            out.flush();
            return 0;
        }
    }
}
