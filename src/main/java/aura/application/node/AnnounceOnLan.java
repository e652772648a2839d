package aura.application.node;

import aura.application.node.port.LocalNetwork;
import jakarta.inject.Singleton;

/** Makes this node findable on its LAN as {@code <name>.local}, with its role and port, for browsers and other nodes. */
@Singleton
public record AnnounceOnLan(ThisNode thisNode, LocalNetwork lan) {
    public void announce() {
        if (lan.announcing()) lan.announce(thisNode.name(), thisNode.identity().role(), thisNode.port());
    }
}
