package aura.application.node;

import aura.application.node.port.LocalNetwork;
import jakarta.inject.Singleton;

/** Makes this node findable on its LAN as {@code <name>.local}, with its role and port, for browsers and other nodes. */
@Singleton
public class AnnounceOnLan {
    private final ThisNode thisNode;
    private final LocalNetwork lan;

    public AnnounceOnLan(ThisNode thisNode, LocalNetwork lan) {
        this.thisNode = thisNode;
        this.lan = lan;
    }

    public void announce() {
        if (lan.announcing()) lan.announce(thisNode.name(), thisNode.identity().role(), thisNode.port());
    }
}
