package aura.domain.network;

import java.util.Map;
import java.util.Optional;

/**
 * A node's wg-quick configuration. A node with a public address listens on the mesh's port; a node without
 * one (a laptop behind NAT) sends a keepalive every 25 seconds so the NAT keeps its mapping open and peers can
 * reach it back. Each peer may send only from its own VPN address ({@code /32}).
 */
public final class WireguardConfig {
    static final int KEEPALIVE_SECONDS = 25;

    private WireguardConfig() {
    }

    /**
     * @param publicKeys every peer's public key, by node name
     * @param presharedKeys the preshared key this node shares with a peer, by the peer's name, where there is one
     */
    public static String render(WireguardMesh mesh, WireguardMesh.Member node, WireguardKey privateKey,
                                Map<String, WireguardKey> publicKeys, Map<String, WireguardKey> presharedKeys) {
        StringBuilder text = new StringBuilder();
        text.append("# ").append(node.name()).append(": rendered from the inventory by aura-node wg render\n");
        text.append("[Interface]\n");
        text.append("Address = ").append(node.address()).append('/').append(mesh.settings().network().prefix()).append('\n');
        if (node.publicHost().isPresent()) text.append("ListenPort = ").append(mesh.settings().port()).append('\n');
        text.append("PrivateKey = ").append(privateKey.base64()).append('\n');
        for (WireguardMesh.Member peer : mesh.peersOf(node)) {
            WireguardKey publicKey = publicKeys.get(peer.name());
            if (publicKey == null) throw new IllegalArgumentException("no public key for node '" + peer.name() + "'");
            text.append("\n[Peer]\n# ").append(peer.name()).append('\n');
            text.append("PublicKey = ").append(publicKey.base64()).append('\n');
            Optional.ofNullable(presharedKeys.get(peer.name()))
                    .ifPresent(psk -> text.append("PresharedKey = ").append(psk.base64()).append('\n'));
            text.append("AllowedIPs = ").append(peer.address()).append("/32\n");
            peer.endpoint(mesh.settings().port()).ifPresent(e -> text.append("Endpoint = ").append(e).append('\n'));
            if (node.publicHost().isEmpty()) text.append("PersistentKeepalive = ").append(KEEPALIVE_SECONDS).append('\n');
        }
        return text.toString();
    }
}
