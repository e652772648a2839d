package aura.adapters.out.inprocess;

import aura.application.node.port.LocalNetwork;
import aura.domain.node.LanNeighbour;
import aura.domain.node.Role;
import jakarta.inject.Singleton;
import io.micronaut.context.annotation.Secondary;

import java.util.List;

/** A node with mDNS off (no LAN address given, or switched off): it announces nothing and hears nobody. Used only when no other adapter is on. */
@Singleton
@Secondary
class NoLocalNetwork implements LocalNetwork {
    @Override
    public boolean announcing() {
        return false;
    }

    @Override
    public void announce(String name, Role role, int port) {
        // nothing to do: see announcing()
    }

    @Override
    public List<LanNeighbour> heard() {
        return List.of();
    }
}
