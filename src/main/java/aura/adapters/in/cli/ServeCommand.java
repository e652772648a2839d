package aura.adapters.in.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

/** {@code aura-node serve}: start this node and keep it running until it is stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = AuraVersion.class,
        description = "Start the node: web UI and API on its port, solo or in a mesh.")
class ServeCommand implements Callable<Integer> {
    @Mixin
    NodeOptions node;

    /** Starts the node and returns; its server threads keep the process alive and Micronaut stops it on SIGTERM. */
    @Override
    public Integer call() {
        NodeLauncher.start(node.settings());
        return 0;
    }
}
