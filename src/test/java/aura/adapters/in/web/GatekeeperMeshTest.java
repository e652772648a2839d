package aura.adapters.in.web;

import aura.application.mesh.port.NodeDirectory;
import aura.domain.mesh.BackendSettings;
import aura.domain.mesh.Heartbeat;
import aura.domain.mesh.InventoryNode;
import aura.domain.node.Role;
import aura.testing.Http;
import aura.testing.InProcessNode;
import aura.testing.Services;
import aura.testing.Sse;
import aura.testing.StandInBackend;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gatekeeper's {@code external} rules in a mesh of two nodes sharing the real Postgres and Redis: "home", where
 * the person types, generating with a backend inside the mesh, and "cloud", whose backend is marked external and
 * which the inventory gives a GPU and a faster backend (so the router prefers it for anything it may have). A card number goes to home
 * only; for a model only cloud serves it is blocked; a question without one goes to cloud.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GatekeeperMeshTest {
    static final String SHARED = "llama3:8b";
    static final String HOSTED = "hosted:large";
    static final String CARD = "charge my card 4111 1111 1111 1111 for the flowers";
    @TempDir
    static Path dataDir;
    private final List<InProcessNode> nodes = new ArrayList<>();
    private StandInBackend inside;
    private StandInBackend outside;
    private String home;
    private String token;

    @BeforeAll
    void start() throws Exception {
        System.setProperty("aura.routing.calibration.enabled", "false"); // only people's questions reach the stand-ins
        // home is the slower, measured or not, so that only the gatekeeper's rule sends a question there
        inside = StandInBackend.start(StandInBackend.Protocol.OLLAMA, SHARED).tokensPerSecond(10);
        outside = StandInBackend.start(StandInBackend.Protocol.OPENAI, SHARED, HOSTED).tokensPerSecond(250);
        int[] ports = {Services.freePort(), Services.freePort()};
        var inventory = InProcessNode.freshMesh("gate", List.of(
                new InventoryNode("home", Role.LEAD, "127.0.0.1", ports[0], Optional.empty(), List.of(),
                        Optional.of(new BackendSettings(BackendSettings.Kind.OLLAMA, inside.url(), Optional.empty()))),
                new InventoryNode("cloud", Role.COMPUTE, "127.0.0.1", ports[1], Optional.empty(), List.of("H100"),
                        Optional.of(new BackendSettings(BackendSettings.Kind.OPENAI, outside.url(), Optional.empty()).markedExternal()))));
        var env = InProcessNode.meshServices("gate_mesh");
        for (String name : List.of("home", "cloud")) nodes.add(InProcessNode.inMesh(dataDir.resolve(name), name, inventory, env));
        home = nodes.get(0).base();
        token = nodes.get(0).adminToken();
        NodeDirectory directory = nodes.get(0).context().getBean(NodeDirectory.class);
        for (int i = 0; i < 200; i++) {
            var live = directory.live();
            if (live.stream().filter(h -> !h.models().isEmpty()).count() == 2
                    && live.stream().anyMatch(h -> h.name().equals("cloud") && h.externalBackend())) return;
            Thread.sleep(100);
        }
        throw new AssertionError("the nodes did not publish their models: " + directory.live());
    }

    @AfterAll
    void stop() {
        nodes.forEach(InProcessNode::close);
        inside.close();
        outside.close();
        System.clearProperty("aura.routing.calibration.enabled");
    }

    private List<Sse.Event> ask(String model, String question) {
        var created = Http.post(home + "/api/chat/conversations", "{\"title\":\"t\",\"model\":\"" + model + "\"}", token);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = Http.parse(created.body()).get("id").getStringValue();
        return Sse.post(home + "/api/chat/conversations/" + id + "/messages", "{\"content\":\"" + question + "\"}", token);
    }

    private static JsonNode route(List<Sse.Event> events) {
        var route = Sse.first(events, "route");
        assertThat(route).as("routed: " + events).isNotNull();
        return route.data().get("route");
    }

    private boolean outsideHeard(String text) {
        return outside.requests.stream().anyMatch(r -> StandInBackend.lastQuestion(r).contains(text));
    }

    @Test
    void aQuestionWithoutFlaggedContentMayGoToTheExternalNode() {
        var events = ask(SHARED, "which flowers bloom in December");
        assertThat(route(events).get("chosen").getStringValue()).as("the GPU node is the router's choice: " + Http.text(route(events)))
                .isEqualTo("cloud");
        assertThat(Sse.first(events, "done").data().get("node").getStringValue()).isEqualTo("cloud");
        assertThat(Http.text(route(events).get("excluded"))).doesNotContain("outside the mesh");
    }

    @Test
    void aCardNumberGoesOnlyToTheNodeInsideTheMeshAndTheRouteSaysWhy() {
        var events = ask(SHARED, CARD);
        JsonNode route = route(events);
        assertThat(route.get("chosen").getStringValue()).isEqualTo("home");
        assertThat(Http.text(route.get("excluded"))).contains("cloud: its backend is outside the mesh")
                .contains("card-number");
        assertThat(Sse.first(events, "done").data().get("node").getStringValue()).isEqualTo("home");
        assertThat(Sse.text(events)).isEqualTo(StandInBackend.ANSWER);
        assertThat(inside.requests.stream().anyMatch(r -> StandInBackend.lastQuestion(r).contains("4111"))).isTrue();
        assertThat(outsideHeard("4111")).as("nothing with the card reached the external backend").isFalse();
    }

    @Test
    void aCardNumberForAModelOnlyTheExternalNodeServesIsBlockedAndAudited() {
        var events = ask(HOSTED, CARD);
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("http-403");
            assertThat(e.data().get("error").getStringValue()).contains("card-number")
                    .contains("only backends outside the mesh serve " + HOSTED);
        });
        assertThat(outsideHeard("4111")).isFalse();
        var audit = Http.get(home + "/api/policy/gatekeeper/audit?limit=5", token);
        assertThat(audit.body()).contains("card-number").contains(HOSTED).doesNotContain("4111");

        var plain = ask(HOSTED, "summarise the week");
        assertThat(Sse.first(plain, "done").data().get("node").getStringValue()).as("without a card it may go").isEqualTo("cloud");
    }
}
