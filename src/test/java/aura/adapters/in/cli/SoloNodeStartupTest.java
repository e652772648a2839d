package aura.adapters.in.cli;

import aura.domain.node.Role;
import aura.testing.Http;
import aura.testing.InProcessNode;
import aura.testing.SoloNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;

/** A solo node as `serve` starts it: H2 file in the data directory, in-process registry, no Redis or Postgres. */
class SoloNodeStartupTest {
    @RegisterExtension
    static final SoloNode node = SoloNode.named("solo-box", Role.COMPUTE);

    @Test
    void healthIsUpWithTheEmbeddedDatabase() {
        var health = Http.json(node.base() + "/health");
        assertThat(health.get("status").getStringValue()).isEqualTo("UP");
        assertThat(health.get("details").get("jdbc").get("status").getStringValue()).isEqualTo("UP");
        assertThat(health.get("details").get("redis")).isNull();
        assertThat(Http.get(node.base() + "/health/readiness").statusCode()).isEqualTo(200);
        assertThat(Http.get(node.base() + "/health/liveness").statusCode()).isEqualTo(200);
    }

    @Test
    void theDatabaseIsAnH2FileInTheDataDirectory() {
        assertThat(Files.exists(node.dataDir().resolve("aura.mv.db"))).isTrue();
    }

    @Test
    void apiNodeDescribesASoloComputeNode() {
        var json = Http.json(node.base() + "/api/node", node.token());
        assertThat(json.get("name").getStringValue()).isEqualTo("solo-box");
        assertThat(json.get("role").getStringValue()).isEqualTo("compute");
        assertThat(json.get("mode").getStringValue()).isEqualTo("solo");
        assertThat(json.get("version").getStringValue()).isEqualTo(InProcessNode.VERSION);
        assertThat(Http.text(json.get("capabilities"))).contains("gpu-probe", "web-ui", "chat", "tda", "monitor", "notes",
                "usage", "training").doesNotContain("generation", "backups", "training-scheduler", "\"lora\"");
        assertThat(json.get("gpu").get("available").getBooleanValue()).isFalse();
        assertThat(json.get("gpu").get("devices").size()).isZero();
    }

    @Test
    void apiNodeMetricsReportsTheHost() {
        var json = Http.json(node.base() + "/api/node/metrics", node.token());
        assertThat(json.get("cpuLoad").getDoubleValue()).isBetween(0.0, 1.0);
        assertThat(json.get("memory").get("totalBytes").getLongValue()).isPositive();
        assertThat(json.get("disks").size()).isPositive();
        assertThat(json.get("network").get("bytesIn").getLongValue()).isNotNegative();
        assertThat(json.get("loadAverage").size()).isEqualTo(3);
    }

    @Test
    void theSoloNodeListsItselfUpInTheMesh() throws InterruptedException {
        var nodes = Http.json(node.base() + "/api/mesh/nodes", node.token());
        for (int i = 0; i < 40 && !Http.text(nodes).contains("\"up\""); i++) {
            Thread.sleep(250);
            nodes = Http.json(node.base() + "/api/mesh/nodes", node.token());
        }
        assertThat(nodes.size()).isEqualTo(1);
        assertThat(nodes.get(0).get("name").getStringValue()).isEqualTo("solo-box");
        assertThat(nodes.get(0).get("status").getStringValue()).isEqualTo("up");
        assertThat(nodes.get(0).get("inInventory").getBooleanValue()).isFalse();
    }

    @Test
    void theApiRefusesCallersWithoutAToken() {
        assertThat(Http.get(node.base() + "/api/node").statusCode()).isEqualTo(401);
    }

    @Test
    void prometheusExposesMetrics() {
        var response = Http.get(node.base() + "/prometheus");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("jvm_memory_used_bytes");
    }
}
