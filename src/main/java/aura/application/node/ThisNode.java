package aura.application.node;

import aura.domain.node.NodeIdentity;

/**
 * This node as the use cases see it: who it is, where its peers reach it, and whether it generates with a backend
 * of its own. Resolved from the command line, the inventory and the environment at the edge; it carries no
 * secrets, URLs or file paths, which stay with the adapters that need them. {@code externalBackend}: its backend
 * is marked external (outside the mesh).
 */
public record ThisNode(NodeIdentity identity, String address, int port, boolean generates, boolean externalBackend) {
    /** A node whose backend, if it has one, is inside the mesh. */
    public ThisNode(NodeIdentity identity, String address, int port, boolean generates) {
        this(identity, address, port, generates, false);
    }

    public ThisNode {
        if (identity == null || address == null || address.isBlank() || port < 1 || port > 65535) {
            throw new IllegalArgumentException("this node needs an identity, an address and a port");
        }
    }

    public String name() {
        return identity.name();
    }
}
