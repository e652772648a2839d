package aura.domain.network;

import aura.domain.mesh.Inventory;
import aura.domain.mesh.InventoryNode;
import aura.domain.problem.InvalidInput;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The inventory's nodes as one WireGuard mesh: every node has a distinct VPN address inside the mesh's network,
 * and at least one node has a public address, so that every other node has somewhere to send its first
 * handshake. Refusals name the inventory field at fault ({@code nodes.NAME.address}, {@code nodes}), so the
 * door that read the file can point at its line.
 */
public record WireguardMesh(WireguardSettings settings, List<Member> members) {

    /** One node of the mesh: its VPN address and, when it has a public address, where peers reach it. */
    public record Member(String name, Ipv4Address address, Optional<String> publicHost) {
        public Optional<String> endpoint(int port) {
            return publicHost.map(host -> (host.contains(":") ? "[" + host + "]" : host) + ":" + port);
        }
    }

    public WireguardMesh {
        members = List.copyOf(members);
    }

    /** @throws InvalidInput naming the field at fault when the inventory breaks a rule of the mesh */
    public static WireguardMesh of(Inventory inventory, WireguardSettings settings) {
        Map<Ipv4Address, String> taken = new HashMap<>();
        List<Member> members = inventory.nodes().stream().map(node -> member(node, settings, taken)).toList();
        if (members.isEmpty()) throw new InvalidInput("nodes", "the inventory lists no nodes to join by WireGuard");
        if (members.stream().allMatch(m -> m.publicHost().isEmpty())) {
            throw new InvalidInput("nodes", "no node has a public address ('public:'), so no node can reach another "
                    + "to start a tunnel: give at least one node the host name or address others reach it at");
        }
        return new WireguardMesh(settings, members);
    }

    private static Member member(InventoryNode node, WireguardSettings settings, Map<Ipv4Address, String> taken) {
        String field = "nodes." + node.name() + ".address";
        Ipv4Address address = Ipv4Address.parse(node.address(), field);
        if (!settings.network().contains(address)) {
            throw new InvalidInput(field, "node '" + node.name() + "' has VPN address " + address
                    + ", outside the WireGuard network " + settings.network());
        }
        String other = taken.putIfAbsent(address, node.name());
        if (other != null) {
            throw new InvalidInput(field, "node '" + node.name() + "' has VPN address " + address
                    + ", already node '" + other + "''s");
        }
        return new Member(node.name(), address, node.publicHost());
    }

    /** @throws InvalidInput on {@code field} when no node of the mesh has this name */
    public Member member(String name, String field) {
        return members.stream().filter(m -> m.name().equals(name)).findFirst()
                .orElseThrow(() -> new InvalidInput(field, "node '" + name + "' is not in the inventory"));
    }

    public List<Member> peersOf(Member member) {
        return members.stream().filter(m -> !m.equals(member)).toList();
    }
}
