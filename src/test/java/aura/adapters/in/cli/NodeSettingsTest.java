package aura.adapters.in.cli;

import aura.domain.mesh.*;

import aura.domain.node.Mode;
import aura.domain.node.Role;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NodeSettingsTest {
    private static final Inventory INVENTORY = new Inventory(
            new MeshSettings("aurora", Optional.of("redis://127.0.0.1:6379"),
                    Optional.of("jdbc:postgresql://127.0.0.1:5432/aura"), Optional.of("aura"), Optional.of("MY_PW")),
            List.of(node("aurora", Role.LEAD, 3000), node("vengeance", Role.COMPUTE, 3001)));

    private static InventoryNode node(String name, Role role, int port) {
        return new InventoryNode(name, role, "127.0.0.1", port, Optional.empty(), List.of());
    }

    private static StartupRequest request(String node, Role role, Integer port, String host) {
        return new StartupRequest(Optional.ofNullable(node), Optional.ofNullable(role), Optional.ofNullable(port),
                host, "1.0", "/tmp/aura");
    }

    @Test
    void aNodeWithNeitherRoleNorInventoryIsASoloLeadOnPort3000() {
        var s = NodeSettings.resolve(request(null, null, null, "box"), Inventory.empty(), Map.of());
        assertThat(s.identity().name()).isEqualTo("box");
        assertThat(s.identity().role()).isEqualTo(Role.LEAD);
        assertThat(s.identity().mode()).isEqualTo(Mode.SOLO);
        assertThat(s.port()).isEqualTo(3000);
        assertThat(s.mesh()).isEmpty();
    }

    @Test
    void theEntryMatchingTheHostNameGivesRoleAndPortAndTheMeshSectionMakesItMesh() {
        var s = NodeSettings.resolve(request(null, null, null, "vengeance"), INVENTORY, Map.of("MY_PW", "secret"));
        assertThat(s.identity().role()).isEqualTo(Role.COMPUTE);
        assertThat(s.port()).isEqualTo(3001);
        assertThat(s.identity().mode()).isEqualTo(Mode.MESH);
        assertThat(s.mesh().orElseThrow().databasePassword()).isEqualTo("secret");
        assertThat(s.mesh().orElseThrow().toString()).doesNotContain("secret");
    }

    @Test
    void commandLineRoleAndPortOverrideTheInventory() {
        var s = NodeSettings.resolve(request("vengeance", Role.LAPTOP, 4000, "other"), INVENTORY, Map.of());
        assertThat(s.identity().role()).isEqualTo(Role.LAPTOP);
        assertThat(s.port()).isEqualTo(4000);
    }

    @Test
    void environmentVariablesOverrideTheMeshSection() {
        var s = NodeSettings.resolve(request("aurora", null, null, "x"), INVENTORY, Map.of(
                "AURA_REDIS_URL", "redis://127.0.0.1:6390", "AURA_DB_URL", "jdbc:postgresql://127.0.0.1:5433/other",
                "AURA_DB_USER", "bob", "AURA_DB_PASSWORD", "pw"));
        var mesh = s.mesh().orElseThrow();
        assertThat(mesh.redisUrl()).isEqualTo("redis://127.0.0.1:6390");
        assertThat(mesh.databaseUrl()).endsWith("/other");
        assertThat(mesh.databaseUser()).isEqualTo("bob");
        assertThat(mesh.databasePassword()).isEqualTo("pw");
    }

    @Test
    void environmentAloneCanMakeAMesh() {
        var s = NodeSettings.resolve(request(null, null, null, "x"), Inventory.empty(), Map.of(
                "AURA_REDIS_URL", "redis://127.0.0.1:6379", "AURA_DB_URL", "jdbc:postgresql://127.0.0.1/aura"));
        assertThat(s.identity().mode()).isEqualTo(Mode.MESH);
    }

    @Test
    void aMeshWithRedisButNoPostgresIsRefused() {
        assertThatThrownBy(() -> NodeSettings.resolve(request(null, null, null, "x"), Inventory.empty(),
                Map.of("AURA_REDIS_URL", "redis://127.0.0.1:6379")))
                .hasMessageContaining("needs Postgres");
    }

    @Test
    void aNamedNodeMissingFromTheInventoryIsRefused() {
        assertThatThrownBy(() -> NodeSettings.resolve(request("ghost", null, null, "x"), INVENTORY, Map.of()))
                .hasMessage("node 'ghost' is not in the inventory");
    }

    @Test
    void theEnvironmentsWebhookWinsOverTheInventorysAndABadOneIsRefused() {
        var section = new MonitorSection(List.of(), Optional.of("http://127.0.0.1:9093/inventory"));
        var fromInventory = NodeSettings.resolve(request(null, null, null, "box"), Inventory.empty(), Map.of()).withMonitor(section);
        assertThat(fromInventory.webhookUrl()).contains("http://127.0.0.1:9093/inventory");
        assertThat(NodeLauncher.properties(fromInventory)).containsEntry("aura.monitor.webhook-url", "http://127.0.0.1:9093/inventory");
        var fromEnv = NodeSettings.resolve(request(null, null, null, "box"), Inventory.empty(),
                Map.of("AURA_MONITOR_WEBHOOK_URL", "https://hooks.example/env")).withMonitor(section);
        assertThat(fromEnv.webhookUrl()).contains("https://hooks.example/env");
        assertThatThrownBy(() -> NodeSettings.resolve(request(null, null, null, "box"), Inventory.empty(),
                Map.of("AURA_MONITOR_WEBHOOK_URL", "not a url"))).hasMessageContaining("AURA_MONITOR_WEBHOOK_URL is an http(s) URL");
        assertThat(NodeLauncher.properties(NodeSettings.resolve(request(null, null, null, "box"), Inventory.empty(), Map.of())))
                .doesNotContainKey("aura.monitor.webhook-url");
    }
}
