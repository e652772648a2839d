package aura.application.mesh;

import aura.application.mesh.port.NodeRegistry;
import aura.domain.mesh.NodeRegistration;
import aura.application.node.ThisNode;
import jakarta.inject.Singleton;

import java.time.Clock;

/** Records this node's start in the durable registry, keeping the time it first joined. */
@Singleton
public record RegisterNode(ThisNode thisNode, NodeRegistry registry, Clock clock) {
    public NodeRegistration register() {
        var id = thisNode.identity();
        var now = clock.instant();
        var firstJoined = registry.all().stream().filter(r -> r.name().equals(id.name()))
                .map(NodeRegistration::firstJoined).findFirst().orElse(now);
        var registration = new NodeRegistration(id.name(), id.role(), thisNode.address(), thisNode.port(),
                id.version(), firstJoined, now);
        registry.register(registration);
        return registration;
    }
}
