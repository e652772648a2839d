package aura.domain.mesh;

import aura.domain.node.NodeName;
import aura.domain.node.Role;

import java.time.Instant;

/** A node's durable record in the registry: how it last started and when it first joined. */
public record NodeRegistration(String name, Role role, String address, int port, String version,
                               Instant firstJoined, Instant lastStarted) {
    public NodeRegistration {
        NodeName.check(name);
        if (role == null || address == null || firstJoined == null || lastStarted == null) {
            throw new IllegalArgumentException("registration of '" + name + "' is incomplete");
        }
    }
}
