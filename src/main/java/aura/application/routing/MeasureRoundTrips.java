package aura.application.routing;

import aura.application.routing.port.PeerPing;
import aura.application.mesh.port.NodeDirectory;
import aura.application.node.ThisNode;
import jakarta.inject.Singleton;

/** Pings every live peer (at the address its heartbeat advertises) and keeps the round-trip times for the router. */
@Singleton
public record MeasureRoundTrips(NodeDirectory directory, PeerPing ping, RoundTrips roundTrips, ThisNode thisNode) {
    public void measure() {
        String self = thisNode.identity().name();
        directory.live().stream().filter(h -> !h.name().equals(self))
                .forEach(h -> ping.ping(h.address(), h.port()).ifPresent(rtt -> roundTrips.record(h.name(), rtt)));
    }
}
