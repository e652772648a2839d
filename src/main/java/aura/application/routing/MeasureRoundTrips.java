package aura.application.routing;

import aura.application.routing.port.PeerPing;
import aura.application.mesh.port.NodeDirectory;
import aura.domain.mesh.NodeSettings;
import jakarta.inject.Singleton;

/** Pings every live peer (at the address its heartbeat advertises) and keeps the round-trip times for the router. */
@Singleton
public class MeasureRoundTrips {
    private final NodeDirectory directory;
    private final PeerPing ping;
    private final RoundTrips roundTrips;
    private final NodeSettings settings;

    public MeasureRoundTrips(NodeDirectory directory, PeerPing ping, RoundTrips roundTrips, NodeSettings settings) {
        this.directory = directory;
        this.ping = ping;
        this.roundTrips = roundTrips;
        this.settings = settings;
    }

    public void measure() {
        String self = settings.identity().name();
        directory.live().stream().filter(h -> !h.name().equals(self))
                .forEach(h -> ping.ping(h.address(), h.port()).ifPresent(rtt -> roundTrips.record(h.name(), rtt)));
    }
}
