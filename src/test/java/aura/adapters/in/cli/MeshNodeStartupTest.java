package aura.adapters.in.cli;

import aura.domain.mesh.Inventory;
import aura.testing.Accounts;
import aura.testing.Http;
import aura.testing.InProcessNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.DriverManager;

import static org.assertj.core.api.Assertions.assertThat;

/** A mesh node on the real Postgres and Redis of this machine, configured through environment variables. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeshNodeStartupTest {
    @TempDir
    static Path dataDir;
    private InProcessNode node;
    private String base;
    private String databaseUrl;

    @BeforeAll
    void start() {
        var env = InProcessNode.meshServices("mesh_startup");
        databaseUrl = env.get("AURA_DB_URL");
        node = InProcessNode.inMesh(dataDir, "mesh-box", Inventory.empty(), env);
        base = node.base();
    }

    @AfterAll
    void stop() {
        node.close();
    }

    @Test
    void healthChecksBothPostgresAndRedis() {
        var health = Http.json(base + "/health");
        assertThat(health.get("status").getStringValue()).isEqualTo("UP");
        assertThat(Http.text(health.get("details").get("jdbc"))).contains("PostgreSQL");
        assertThat(health.get("details").get("redis").get("status").getStringValue()).isEqualTo("UP");
    }

    @Test
    void apiNodeSaysMesh() {
        assertThat(Http.json(base + "/api/node", Accounts.adminToken(base)).get("mode").getStringValue()).isEqualTo("mesh");
    }

    @Test
    void flywayMigratedPostgresAndTheNodeRegisteredItself() throws Exception {
        try (var c = DriverManager.getConnection(databaseUrl, "postgres", "");
             var rs = c.createStatement().executeQuery("select name, role from node_registration")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString("name")).isEqualTo("mesh-box");
            assertThat(rs.getString("role")).isEqualTo("lead");
        }
    }
}
