package aura.it;

import aura.testing.Accounts;
import aura.testing.Http;
import aura.testing.NodeProcess;
import aura.testing.Services;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two real nodes on one machine, different ports, one Redis and one Postgres: each lists the other up within
 * 5 s; after one is killed with SIGKILL the survivor lists it down within 10 s.
 */
class TwoNodeHeartbeatIT {
    @TempDir
    Path dir;
    private static String token;

    @Test
    void twoNodesSeeEachOtherAndTheSurvivorSeesTheKilledOneGoDown() throws Exception {
        int portA = Services.freePort();
        int portB = Services.freePort();
        Path inventory = NodeProcess.meshInventory(dir, "two_nodes",
                "{name: alpha, role: lead, address: 127.0.0.1, port: %d}".formatted(portA),
                "{name: beta, role: compute, address: 127.0.0.1, port: %d}".formatted(portB));
        try (var alpha = NodeProcess.startInMesh(dir, portA, inventory, "alpha");
             var beta = NodeProcess.startInMesh(dir, portB, inventory, "beta")) {
            alpha.awaitHealthy(Duration.ofSeconds(60));
            beta.awaitHealthy(Duration.ofSeconds(60));
            token = Accounts.adminToken(alpha.base());

            long bothUp = System.nanoTime();
            awaitStatus(alpha, "beta", "up", Duration.ofSeconds(5));
            awaitStatus(beta, "alpha", "up", Duration.ofSeconds(5).minusNanos(System.nanoTime() - bothUp));
            assertThat(member(alpha, "beta").get("role").getStringValue()).isEqualTo("compute");
            assertThat(member(alpha, "beta").get("port").getIntValue()).isEqualTo(portB);

            beta.kill();
            awaitStatus(alpha, "beta", "down", Duration.ofSeconds(10));
            assertThat(member(alpha, "beta").get("lastSeen").isNull()).isFalse();
            assertThat(member(alpha, "alpha").get("status").getStringValue()).isEqualTo("up");
        }
    }

    private static JsonNode member(NodeProcess node, String name) {
        for (JsonNode m : Http.json(node.base() + "/api/mesh/nodes", token).values()) {
            if (m.get("name").getStringValue().equals(name)) return m;
        }
        throw new AssertionError(name + " is not listed by the node on port " + node.port);
    }

    private static void awaitStatus(NodeProcess node, String name, String status, Duration limit) throws Exception {
        long deadline = System.nanoTime() + Math.max(limit.toNanos(), 0);
        String last = "";
        do {
            last = member(node, name).get("status").getStringValue();
            if (last.equals(status)) return;
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        throw new AssertionError(name + " was still '" + last + "' after " + limit + " on port " + node.port);
    }
}
