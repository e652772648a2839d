package aura.adapters.in.web;

import aura.adapters.in.cli.NodeLauncher;
import aura.adapters.in.cli.NodeSettings;
import aura.adapters.in.cli.StartupRequest;
import aura.domain.mesh.BackendSettings;
import aura.domain.mesh.Inventory;
import aura.domain.mesh.InventoryNode;
import aura.domain.mesh.MeshSettings;
import aura.domain.node.Role;
import aura.testing.Accounts;
import aura.testing.Http;
import aura.testing.Services;
import aura.testing.Sse;
import aura.testing.StandInBackend;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fresh mesh on one machine (real Postgres and Redis): "front" where the person types (no backend), and two
 * compute nodes the mesh knows nothing about, "slow" (an Ollama stand-in at 20 tokens/s) and "fast" (an
 * OpenAI-compatible stand-in at 250 tokens/s). The inventory even misleads: it lists a GPU for "slow" only, so
 * by the priors alone "slow" would win. The nodes measure themselves when they start, so the very first
 * request already goes to the node that is really fastest.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FirstRequestRoutingTest {
    private static final String MODEL = "llama3:8b";

    @TempDir
    static Path dataDir;
    private final List<ApplicationContext> nodes = new ArrayList<>();
    private StandInBackend slow;
    private StandInBackend fast;
    private String front;
    private String token;

    @BeforeAll
    void start() throws Exception {
        slow = StandInBackend.start(StandInBackend.Protocol.OLLAMA, MODEL).tokensPerSecond(20);
        fast = StandInBackend.start(StandInBackend.Protocol.OPENAI, MODEL).tokensPerSecond(250);
        int[] ports = {Services.freePort(), Services.freePort(), Services.freePort()};
        String mesh = "first-" + UUID.randomUUID().toString().substring(0, 8);
        var inventory = new Inventory(new MeshSettings(mesh, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()), List.of(
                new InventoryNode("front", Role.LAPTOP, "127.0.0.1", ports[0], Optional.empty(), List.of()),
                new InventoryNode("slow", Role.COMPUTE, "127.0.0.1", ports[1], Optional.empty(), List.of("RTX 4090"),
                        Optional.of(new BackendSettings(BackendSettings.Kind.OLLAMA, slow.url(), Optional.empty()))),
                new InventoryNode("fast", Role.COMPUTE, "127.0.0.1", ports[2], Optional.empty(), List.of(),
                        Optional.of(new BackendSettings(BackendSettings.Kind.OPENAI, fast.url(), Optional.empty())))));
        var env = Map.of("AURA_DB_URL", Services.freshDatabase("first_request"), "AURA_DB_USER", "postgres",
                "AURA_REDIS_URL", Services.redis());
        for (int i = 0; i < 3; i++) {
            String name = inventory.nodes().get(i).name();
            var request = new StartupRequest(Optional.of(name), Optional.empty(), Optional.empty(), "h", "1",
                    dataDir.resolve(name).toString());
            nodes.add(NodeLauncher.start(NodeSettings.resolve(request, inventory, env)));
        }
        front = "http://127.0.0.1:" + ports[0];
        token = Accounts.adminToken(front);
    }

    @AfterAll
    void stop() {
        nodes.forEach(ApplicationContext::close);
        slow.close();
        fast.close();
    }

    @Test
    void theVeryFirstRequestOnAFreshMeshGoesToTheFastNodeAndNoPersonsRequestMeasuresANode() throws Exception {
        awaitBothMeasured();
        assertThat(slow.requests).as("calibration only, no person's request yet").hasSize(1);
        assertThat(fast.requests).hasSize(1);

        var created = Http.post(front + "/api/chat/conversations", "{\"title\":\"t\",\"persona\":\"assistant\",\"model\":\"" + MODEL + "\"}", token);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = Http.parse(created.body()).get("id").getStringValue();
        var events = Sse.post(front + "/api/chat/conversations/" + id + "/messages", "{\"content\":\"hello\"}", token);

        JsonNode route = Sse.first(events, "route").data().get("route");
        assertThat(route.get("chosen").getStringValue()).as(Http.text(route)).isEqualTo("fast");
        for (JsonNode candidate : route.get("candidates").values()) {
            assertThat(candidate.get("measured").getBooleanValue()).as(Http.text(candidate)).isTrue();
        }
        assertThat(Sse.first(events, "done").data().get("node").getStringValue()).isEqualTo("fast");
        assertThat(slow.requests).as("the slow node was not made to try the person's request").hasSize(1);
    }

    /** "Up" for routing: both compute nodes publish a measured speed for the model. */
    private void awaitBothMeasured() throws InterruptedException {
        String seen = "";
        for (int i = 0; i < 600; i++) {
            var response = Http.get(front + "/api/mesh/nodes", token);
            seen = response.body();
            if (response.statusCode() == 200 && measured(Http.parse(seen), "slow") && measured(Http.parse(seen), "fast")) return;
            Thread.sleep(100);
        }
        throw new AssertionError("the nodes never published a measured speed: " + seen);
    }

    private static boolean measured(JsonNode mesh, String node) {
        for (JsonNode member : mesh.values()) {
            if (!node.equals(member.get("name").getStringValue()) || member.get("models") == null) continue;
            for (JsonNode model : member.get("models").values()) {
                if (MODEL.equals(model.get("name").getStringValue()) && model.get("tokensPerSecond").getDoubleValue() > 0) return true;
            }
        }
        return false;
    }
}
