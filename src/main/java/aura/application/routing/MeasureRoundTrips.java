package aura.application.routing;

import aura.application.routing.port.PeerPing;
import aura.application.mesh.port.NodeDirectory;
import aura.application.node.ThisNode;
import jakarta.inject.Singleton;

/** Pings every live peer (at the address its heartbeat advertises) and keeps the round-trip times for the router. */
@Singleton
public class MeasureRoundTrips {
    private final NodeDirectory directory;
    private final PeerPing ping;
    private final RoundTrips roundTrips;
    private final ThisNode thisNode;

    public MeasureRoundTrips(NodeDirectory directory, PeerPing ping, RoundTrips roundTrips, ThisNode thisNode) {
        this.directory = directory;
        this.ping = ping;
        this.roundTrips = roundTrips;
        this.thisNode = thisNode;
    }

    public void measure() {
        String self = thisNode.identity().name();
        directory.live().stream().filter(h -> !h.name().equals(self))
                .forEach(h -> ping.ping(h.address(), h.port()).ifPresent(rtt -> roundTrips.record(h.name(), rtt)));
    }
}
