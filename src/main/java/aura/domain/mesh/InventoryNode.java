package aura.domain.mesh;

import aura.domain.node.NodeName;
import aura.domain.node.Role;

import java.util.List;
import java.util.Optional;

/**
 * A node as the inventory declares it. {@code address} is the VPN address peers use; {@code publicHost} is an
 * optional public name; {@code gpus} lists the accelerators the person expects there; {@code backend} is where it generates, if anywhere.
 */
public record InventoryNode(String name, Role role, String address, int port, Optional<String> publicHost,
                            List<String> gpus, Optional<BackendSettings> backend) {
    public InventoryNode {
        NodeName.check(name);
        if (role == null) throw new IllegalArgumentException("node '" + name + "' needs a role");
        if (address == null || address.isBlank()) throw new IllegalArgumentException("node '" + name + "' needs an address");
        if (port < 1 || port > 65535) throw new IllegalArgumentException("node '" + name + "' port must be 1-65535");
        gpus = List.copyOf(gpus);
        if (backend == null) backend = Optional.empty();
    }

    public InventoryNode(String name, Role role, String address, int port, Optional<String> publicHost, List<String> gpus) {
        this(name, role, address, port, publicHost, gpus, Optional.empty());
    }
}
