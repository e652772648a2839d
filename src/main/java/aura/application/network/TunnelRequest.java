package aura.application.network;

import aura.domain.mesh.Inventory;
import aura.domain.network.WireguardSettings;

import java.util.Optional;

/**
 * What to render: the inventory and its {@code wireguard:} settings; {@code node} to render only that node's
 * configuration, with its private key kept in its own data directory; {@code presharedKeys} to add a preshared
 * key to each pair of nodes (a second secret besides the key pairs).
 */
public record TunnelRequest(Inventory inventory, WireguardSettings settings, Optional<String> node, boolean presharedKeys) {
    public TunnelRequest {
        if (node == null) node = Optional.empty();
    }
}
