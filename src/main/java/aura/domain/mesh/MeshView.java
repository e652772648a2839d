package aura.domain.mesh;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Merges the inventory with the registry and live heartbeats. A node is up exactly when it has a live heartbeat.
 * The inventory's nodes come first in its order; nodes known only from the registry or a heartbeat follow by name.
 */
public final class MeshView {
    private MeshView() {
    }

    public static List<MeshMember> merge(Inventory inventory, Collection<NodeRegistration> registered,
                                         Collection<Heartbeat> live, Map<String, Instant> lastSeen) {
        Map<String, Heartbeat> beats = new TreeMap<>();
        live.forEach(h -> beats.put(h.name(), h));
        List<MeshMember> members = new ArrayList<>();
        for (InventoryNode node : inventory.nodes()) {
            Heartbeat beat = beats.remove(node.name());
            members.add(beat != null ? up(beat, true)
                    : down(node.name(), node.role(), node.address(), node.port(), lastSeen.get(node.name()), true));
        }
        Map<String, MeshMember> others = new TreeMap<>();
        beats.values().forEach(beat -> others.put(beat.name(), up(beat, false)));
        registered.stream()
                .filter(r -> inventory.node(r.name()).isEmpty() && !others.containsKey(r.name()))
                .forEach(r -> others.put(r.name(), down(r.name(), r.role(), r.address(), r.port(),
                        lastSeen.get(r.name()), false)));
        members.addAll(others.values());
        return List.copyOf(members);
    }

    private static MeshMember up(Heartbeat beat, boolean inInventory) {
        return new MeshMember(beat.name(), beat.role(), beat.address(), beat.port(), MeshMember.Status.UP,
                Optional.of(beat.at()), Optional.of(beat.cpuLoad()), Optional.of(beat.gpu()),
                Optional.of(beat.version()), inInventory, beat.models());
    }

    private static MeshMember down(String name, aura.domain.node.Role role, String address, int port,
                                   Instant lastSeen, boolean inInventory) {
        return new MeshMember(name, role, address, port, MeshMember.Status.DOWN, Optional.ofNullable(lastSeen),
                Optional.empty(), Optional.empty(), Optional.empty(), inInventory, List.of());
    }
}
