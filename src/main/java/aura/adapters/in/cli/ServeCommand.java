package aura.adapters.in.cli;

import aura.domain.network.Ipv4Address;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code aura-node serve}: start this node and keep it running until it is stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = AuraVersion.class,
        description = "Start the node: web UI and API on its port, solo or in a mesh.")
class ServeCommand implements Callable<Integer> {
    @Mixin
    NodeOptions node;

    @Option(names = "--mdns-address", paramLabel = "ADDRESS",
            description = "announce NAME.local over mDNS on the LAN interface with this address (default: AURA_NETWORK_MDNS_ADDRESS, else none)")
    String mdnsAddress;

    @Option(names = "--no-mdns", description = "announce nothing on the LAN, whatever the settings say")
    boolean noMdns;

    /** Starts the node and returns; its server threads keep the process alive and Micronaut stops it on SIGTERM. */
    @Override
    public Integer call() {
        Map<String, Object> mdns = new HashMap<>();
        // Checked here, so a name is never looked up: mDNS is bound to an interface's own address.
        if (mdnsAddress != null) mdns.put("aura.network.mdns.address", Ipv4Address.parse(mdnsAddress, "--mdns-address").toString());
        if (noMdns) mdns.put("aura.network.mdns.enabled", "false");
        NodeLauncher.start(node.settings(), mdns);
        return 0;
    }
}
