package aura.application.node.port;

import aura.domain.node.LanNeighbour;
import aura.domain.node.Role;

import java.util.List;

/** The LAN this machine sits on, where a browser finds the node as {@code <name>.local} (mDNS). */
public interface LocalNetwork {

    /** Whether this node is announced on a LAN at all (it is switched off, or given no LAN address, otherwise). */
    boolean announcing();

    /** Announces {@code <name>.local} and this node's service (its role and HTTP port) until the node stops. */
    void announce(String name, Role role, int port);

    /** The Aura nodes heard on the LAN now, this one included. */
    List<LanNeighbour> heard();
}
