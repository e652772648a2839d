package aura.application.mesh.port;

import aura.domain.mesh.NodeRegistration;

import java.util.List;

/** The durable part of the registry, in the shared database: every node that ever joined. */
public interface NodeRegistry {
    void register(NodeRegistration registration);

    List<NodeRegistration> all();
}
