package aura.adapters.out.jdbc;

import aura.application.mesh.port.NodeRegistry;
import aura.domain.mesh.NodeRegistration;
import aura.domain.node.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The durable node registry on the real Postgres: one row per node, updated when it starts again. */
class JdbcNodeRegistryTest extends OnPostgres {
    NodeRegistry registry() {
        return bean(NodeRegistry.class);
    }

    @Test
    void aRegisteredNodeIsListedAsItRegistered() {
        var gpu = new NodeRegistration("gpu-box", Role.COMPUTE, "10.0.0.2", 3000, "1.0", T0, T0);
        registry().register(gpu);
        assertThat(registry().all()).contains(gpu);
    }

    @Test
    void aNodeStartingAgainIsUpdatedInPlace() {
        registry().register(new NodeRegistration("desk", Role.LAPTOP, "10.0.0.3", 3000, "1.0", T0, T0));
        var restarted = new NodeRegistration("desk", Role.LAPTOP, "10.0.0.9", 3100, "1.1", T0, minutesAfterT0(30));

        registry().register(restarted);

        assertThat(registry().all()).filteredOn(r -> r.name().equals("desk")).containsExactly(restarted);
    }
}
