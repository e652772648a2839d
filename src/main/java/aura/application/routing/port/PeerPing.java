package aura.application.routing.port;

import java.time.Duration;
import java.util.Optional;

/** Measures one round trip to a peer at its advertised address; empty when it does not answer. */
public interface PeerPing {
    Optional<Duration> ping(String address, int port);
}
