package aura.application.mesh;

import aura.application.mesh.port.NodeRegistry;
import aura.domain.mesh.NodeRegistration;
import aura.domain.mesh.NodeSettings;
import jakarta.inject.Singleton;

import java.time.Clock;

/** Records this node's start in the durable registry, keeping the time it first joined. */
@Singleton
public class RegisterNode {
    private final NodeSettings settings;
    private final NodeRegistry registry;
    private final Clock clock;

    public RegisterNode(NodeSettings settings, NodeRegistry registry, Clock clock) {
        this.settings = settings;
        this.registry = registry;
        this.clock = clock;
    }

    public NodeRegistration register() {
        var id = settings.identity();
        var now = clock.instant();
        var firstJoined = registry.all().stream().filter(r -> r.name().equals(id.name()))
                .map(NodeRegistration::firstJoined).findFirst().orElse(now);
        var registration = new NodeRegistration(id.name(), id.role(), settings.address(), settings.port(),
                id.version(), firstJoined, now);
        registry.register(registration);
        return registration;
    }
}
