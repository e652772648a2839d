package aura.domain.network;

import aura.domain.mesh.Inventory;
import aura.domain.mesh.InventoryNode;
import aura.domain.mesh.MeshSettings;
import aura.domain.node.Role;
import aura.domain.problem.InvalidInput;
import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WireguardMeshTest {
    private static final WireguardSettings SETTINGS = new WireguardSettings(Ipv4Network.parse("10.0.0.0/24", "f"), 51820);

    private static InventoryNode node(String name, String address, String publicHost) {
        return new InventoryNode(name, Role.COMPUTE, address, 3000, Optional.ofNullable(publicHost), List.of());
    }

    private static Inventory inventory(InventoryNode... nodes) {
        return new Inventory(MeshSettings.empty(), List.of(nodes));
    }

    private static WireguardKey key(int fill) {
        byte[] raw = new byte[32];
        java.util.Arrays.fill(raw, (byte) fill);
        return WireguardKey.of(raw);
    }

    @Test
    void twoNodesWithOneVpnAddressAreRefusedNamingTheSecondOnesAddress() {
        var inventory = inventory(node("aurora", "10.0.0.1", "aurora.example"), node("star", "10.0.0.1", null));
        assertThatThrownBy(() -> WireguardMesh.of(inventory, SETTINGS))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).contains("nodes.star.address"))
                .hasMessage("node 'star' has VPN address 10.0.0.1, already node 'aurora''s");
    }

    @Test
    void anAddressOutsideTheNetworkIsRefusedNamingTheNode() {
        var inventory = inventory(node("aurora", "10.0.0.1", "aurora.example"), node("star", "10.0.1.2", null));
        assertThatThrownBy(() -> WireguardMesh.of(inventory, SETTINGS))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).contains("nodes.star.address"))
                .hasMessageContaining("outside the WireGuard network 10.0.0.0/24");
    }

    @Test
    void aHostNameAsVpnAddressIsRefused() {
        var inventory = inventory(node("aurora", "aurora.vpn", "aurora.example"));
        assertThatThrownBy(() -> WireguardMesh.of(inventory, SETTINGS))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).contains("nodes.aurora.address"));
    }

    @Test
    void aMeshWhereNoNodeHasAPublicAddressIsRefused() {
        var inventory = inventory(node("aurora", "10.0.0.1", null), node("star", "10.0.0.2", null));
        assertThatThrownBy(() -> WireguardMesh.of(inventory, SETTINGS))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).contains("nodes"))
                .hasMessageStartingWith("no node has a public address");
    }

    @Test
    void aNodeThatIsNotInTheMeshIsRefusedOnTheFieldAsked() {
        var mesh = WireguardMesh.of(inventory(node("aurora", "10.0.0.1", "aurora.example")), SETTINGS);
        assertThatThrownBy(() -> mesh.member("nobody", "--node"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).contains("--node"));
    }

    @Test
    void aPublicNodeListensAndReachesEachPeerAtItsVpnAddressOnlyWithAnEndpointWhereThePeerHasOne() {
        var mesh = WireguardMesh.of(inventory(node("aurora", "10.0.0.1", "aurora.example"),
                node("vengeance", "10.0.0.10", "203.0.113.7"), node("laptop", "10.0.0.30", null)), SETTINGS);
        String config = WireguardConfig.render(mesh, mesh.member("aurora", "f"), key(1),
                Map.of("vengeance", key(2), "laptop", key(3)), Map.of("laptop", key(9)));
        assertThat(config).isEqualTo("""
                # aurora: rendered from the inventory by aura-node wg render
                [Interface]
                Address = 10.0.0.1/24
                ListenPort = 51820
                PrivateKey = %s

                [Peer]
                # vengeance
                PublicKey = %s
                AllowedIPs = 10.0.0.10/32
                Endpoint = 203.0.113.7:51820

                [Peer]
                # laptop
                PublicKey = %s
                PresharedKey = %s
                AllowedIPs = 10.0.0.30/32
                """.formatted(key(1).base64(), key(2).base64(), key(3).base64(), key(9).base64()));
    }

    @Test
    void aNodeWithoutAPublicAddressDoesNotListenAndKeepsItsNatMappingOpen() {
        var mesh = WireguardMesh.of(inventory(node("aurora", "10.0.0.1", "2001:db8::1"),
                node("laptop", "10.0.0.30", null)), new WireguardSettings(Ipv4Network.parse("10.0.0.0/16", "f"), 4000));
        String config = WireguardConfig.render(mesh, mesh.member("laptop", "f"), key(3), Map.of("aurora", key(1)), Map.of());
        assertThat(config).contains("Address = 10.0.0.30/16\n").doesNotContain("ListenPort")
                .contains("Endpoint = [2001:db8::1]:4000\nPersistentKeepalive = 25\n").doesNotContain("PresharedKey");
    }

    @Test
    void aKeyIsTheBase64OfThirtyTwoBytesAndNeverPrintsItself() {
        assertThatThrownBy(() -> new WireguardKey(Base64.getEncoder().encodeToString(new byte[31])))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(key(7).raw()).hasSize(32);
        assertThat(key(7).toString()).doesNotContain(key(7).base64());
    }
}
