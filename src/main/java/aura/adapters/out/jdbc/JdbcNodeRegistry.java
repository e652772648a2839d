package aura.adapters.out.jdbc;

import aura.application.mesh.port.NodeRegistry;
import aura.domain.mesh.NodeRegistration;
import aura.domain.node.Role;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.stream.StreamSupport;

/** The durable node registry in the node's database (H2 solo, the shared Postgres in a mesh). */
@Singleton
@DatabaseOutages
public class JdbcNodeRegistry implements NodeRegistry {
    private final NodeRegistrationRows rows;

    public JdbcNodeRegistry(NodeRegistrationRows rows) {
        this.rows = rows;
    }

    @Override
    @Transactional
    public void register(NodeRegistration r) {
        var row = new NodeRegistrationRow(r.name(), r.role().wireName(), r.address(), r.port(), r.version(),
                r.firstJoined(), r.lastStarted());
        if (rows.existsById(r.name())) {
            rows.update(row);
        } else {
            rows.save(row);
        }
    }

    @Override
    public List<NodeRegistration> all() {
        return StreamSupport.stream(rows.findAll().spliterator(), false)
                .map(row -> new NodeRegistration(row.name(), Role.parse(row.role()), row.address(), row.port(),
                        row.version(), row.firstJoined(), row.lastStarted()))
                .toList();
    }
}
