package aura.adapters.in.web;

import aura.domain.mesh.BackendSettings;
import aura.domain.mesh.InventoryNode;
import aura.domain.node.Role;
import aura.testing.Http;
import aura.testing.Services;
import aura.testing.Sse;
import aura.testing.StandInBackend;
import aura.testing.InProcessNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three nodes on one machine sharing the real Postgres and Redis: "front" (where the person types, no backend),
 * "slow" (an Ollama stand-in at 25 tokens/s) and "fast" (an OpenAI-compatible stand-in at 250 tokens/s).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChatMeshTest {
    @TempDir
    static Path dataDir;
    private final List<InProcessNode> nodes = new ArrayList<>();
    private StandInBackend slow;
    private StandInBackend fast;
    private String front;
    private String token;

    @BeforeAll
    void start() throws Exception {
        System.setProperty("aura.chat.stall-timeout", "1s");
        // these nodes start unmeasured, so that near-equal priors spread a burst (calibration: FirstRequestRoutingTest)
        System.setProperty("aura.routing.calibration.enabled", "false");
        slow = StandInBackend.start(StandInBackend.Protocol.OLLAMA, "llama3:8b", "twin:1b").tokensPerSecond(25);
        fast = StandInBackend.start(StandInBackend.Protocol.OPENAI, "llama3:8b", "only-fast:1b", "twin:1b").tokensPerSecond(250);
        int[] ports = {Services.freePort(), Services.freePort(), Services.freePort()};
        var inventory = InProcessNode.freshMesh("chat", List.of(
                new InventoryNode("front", Role.LAPTOP, "127.0.0.1", ports[0], Optional.empty(), List.of()),
                new InventoryNode("slow", Role.COMPUTE, "127.0.0.1", ports[1], Optional.empty(), List.of(),
                        Optional.of(new BackendSettings(BackendSettings.Kind.OLLAMA, slow.url(), Optional.empty()))),
                new InventoryNode("fast", Role.COMPUTE, "127.0.0.1", ports[2], Optional.empty(), List.of(),
                        Optional.of(new BackendSettings(BackendSettings.Kind.OPENAI, fast.url(), Optional.empty())))));
        var env = InProcessNode.meshServices("chat_mesh");
        for (String name : List.of("front", "slow", "fast")) {
            nodes.add(InProcessNode.inMesh(dataDir.resolve(name), name, inventory, env));
        }
        front = nodes.get(0).base();
        token = nodes.get(0).adminToken();
        awaitModelsPublished();
    }

    private void awaitModelsPublished() throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            String mesh = Http.text(Http.json(front + "/api/mesh/nodes", token));
            if (mesh.contains("\"slow\"") && mesh.contains("\"fast\"") && mesh.chars().filter(c -> c == 'u').count() > 0
                    && Http.get(front + "/api/mesh/nodes", token).body().split("\"up\"").length > 3) return;
            Thread.sleep(100);
        }
        throw new AssertionError("the nodes did not come up: " + Http.get(front + "/api/mesh/nodes", token).body());
    }

    @AfterAll
    void stop() {
        nodes.forEach(InProcessNode::close);
        slow.close();
        fast.close();
        System.clearProperty("aura.chat.stall-timeout");
        System.clearProperty("aura.routing.calibration.enabled");
    }

    @BeforeEach
    void healthyBackends() {
        slow.healthy();
        fast.healthy();
    }

    private String conversation(String persona, String model) {
        String body = "{\"title\":\"t\",\"persona\":\"" + persona + "\",\"model\":\"" + model + "\"}";
        var created = Http.post(front + "/api/chat/conversations", body, token);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Http.parse(created.body()).get("id").getStringValue();
    }

    private List<Sse.Event> ask(String conversationId, String content) {
        return Sse.post(front + "/api/chat/conversations/" + conversationId + "/messages",
                "{\"content\":\"" + content + "\"}", token);
    }

    private static String chosen(List<Sse.Event> events) {
        return Sse.first(events, "route").data().get("route").get("chosen").getStringValue();
    }

    @Test
    void anAnswerStreamsFromANodeWithTheModelAndIsStoredWithItsNode() {
        String id = conversation("assistant", "llama3:8b");
        var events = ask(id, "hello");
        assertThat(Sse.text(events)).isEqualTo(StandInBackend.ANSWER);
        var done = Sse.first(events, "done").data();
        assertThat(done.get("node").getStringValue()).isIn("slow", "fast");
        assertThat(done.get("outputTokens").getIntValue()).isPositive();
        var stored = Http.json(front + "/api/chat/conversations/" + id, token).get("messages");
        assertThat(stored.size()).isEqualTo(2);
        assertThat(stored.get(0).get("content").getStringValue()).isEqualTo("hello");
        assertThat(stored.get(1).get("content").getStringValue()).isEqualTo(StandInBackend.ANSWER);
        assertThat(stored.get(1).get("state").getStringValue()).isEqualTo("complete");
        assertThat(stored.get(1).get("node").getStringValue()).isEqualTo(done.get("node").getStringValue());
        var route = Sse.first(events, "route").data().get("route");
        assertThat(Http.text(route.get("excluded"))).contains("front");
    }

    @Test
    void theModelPickerListsEveryModelWithTheNodesServingIt() {
        var models = Http.text(Http.json(front + "/api/chat/models", token));
        assertThat(models).contains("{\"name\":\"llama3:8b\",\"nodes\":[\"fast\",\"slow\"]}",
                "{\"name\":\"twin:1b\",\"nodes\":[\"fast\",\"slow\"]}",
                "{\"name\":\"only-fast:1b\",\"nodes\":[\"fast\"]}");
    }

    @Test
    void aNodeLackingTheModelIsNeverChosen() {
        String id = conversation("assistant", "only-fast:1b");
        for (int i = 0; i < 3; i++) {
            var events = ask(id, "q" + i);
            assertThat(chosen(events)).isEqualTo("fast");
            assertThat(Http.text(Sse.first(events, "route").data())).contains("slow: lacks model only-fast:1b");
        }
    }

    @Test
    void aBurstOfRequestsForEquallyGoodNodesSpreadsOverBoth() throws Exception {
        slow.tokensPerSecond(100);
        fast.tokensPerSecond(100);
        try {
            var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
            List<java.util.concurrent.Future<String>> chosen = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String id = conversation("assistant", "twin:1b");
                chosen.add(pool.submit(() -> chosen(ask(id, "burst"))));
            }
            Map<String, Integer> counts = new java.util.HashMap<>();
            for (var f : chosen) counts.merge(f.get(), 1, Integer::sum);
            pool.shutdown();
            assertThat(counts.getOrDefault("slow", 0)).as(counts.toString()).isBetween(2, 6);
            assertThat(counts.getOrDefault("fast", 0)).as(counts.toString()).isBetween(2, 6);
        } finally {
            slow.tokensPerSecond(25);
            fast.tokensPerSecond(250);
        }
    }

    @Test
    void aPersonasSystemPromptReachesTheBackend() {
        String id = conversation("sysadmin", "only-fast:1b");
        ask(id, "is my disk full?");
        var last = fast.requests.get(fast.requests.size() - 1);
        assertThat(last.get("messages").get(0).get("role").getStringValue()).isEqualTo("system");
        assertThat(last.get("messages").get(0).get("content").getStringValue()).contains("Linux and network administrator");
    }

    @Test
    void whenTheChosenBackendDiesMidStreamAnotherNodeFinishesTheSameAnswer() throws Exception {
        String id = conversation("assistant", "llama3:8b");
        var died = new java.util.concurrent.atomic.AtomicBoolean();
        slow.dieOnceAfter(4, died);
        fast.dieOnceAfter(4, died);
        var first = ask(id, "one");
        String firstNode = chosen(first);
        // whichever node was chosen died after 4 tokens; the other one continued the same answer
        assertThat(Sse.text(first)).isEqualTo(StandInBackend.ANSWER);
        var failover = Sse.first(first, "failover").data();
        assertThat(failover.get("from").getStringValue()).isEqualTo(firstNode);
        assertThat(Sse.first(first, "done").data().get("node").getStringValue()).isNotEqualTo(firstNode);
        var stored = Http.json(front + "/api/chat/conversations/" + id, token).get("messages").get(1);
        assertThat(stored.get("content").getStringValue()).isEqualTo(StandInBackend.ANSWER);
        assertThat(stored.get("state").getStringValue()).isEqualTo("complete");
    }

    @Test
    void aStalledBackendFailsOverAfterTheStallTimeout() {
        String id = conversation("assistant", "llama3:8b");
        slow.stallAfter(3);
        fast.stallAfter(3);
        var events = ask(id, "stall");
        // both stall: the answer is kept as partial, and the error names the nodes tried and why
        var error = Sse.first(events, "error").data();
        assertThat(error.get("partial").getBooleanValue()).isTrue();
        assertThat(Http.text(error.get("tried"))).contains("stalled");
        var stored = Http.json(front + "/api/chat/conversations/" + id, token).get("messages");
        assertThat(stored.get(0).get("content").getStringValue()).isEqualTo("stall");
        assertThat(stored.get(1).get("state").getStringValue()).isEqualTo("partial");
        assertThat(StandInBackend.ANSWER).startsWith(stored.get(1).get("content").getStringValue());
    }

    @Test
    void whenNoNodeServesTheModelTheErrorSaysWhyAndTheMessageStays() {
        String id = conversation("assistant", "no-such-model");
        var events = ask(id, "anyone?");
        var error = Sse.first(events, "error").data();
        assertThat(error.get("reason").getStringValue()).contains("no-such-model");
        assertThat(Http.text(error.get("tried"))).contains("slow: lacks model", "fast: lacks model");
        var stored = Http.json(front + "/api/chat/conversations/" + id, token).get("messages");
        assertThat(stored.get(0).get("content").getStringValue()).isEqualTo("anyone?");
        assertThat(stored.get(1).get("state").getStringValue()).isEqualTo("failed");
    }

    @Test
    void aBrowserThatHangsUpMidAnswerFindsTheWholeAnswerStored() throws Exception {
        String id = conversation("assistant", "llama3:8b");
        slow.tokensPerSecond(60);
        fast.tokensPerSecond(60);
        var firstEvents = Sse.post(front + "/api/chat/conversations/" + id + "/messages", "{\"content\":\"bye\"}", token, 4);
        assertThat(firstEvents).hasSize(4);
        String state = "";
        String content = "";
        for (int i = 0; i < 100 && !state.equals("complete"); i++) {
            Thread.sleep(100);
            var stored = Http.json(front + "/api/chat/conversations/" + id, token).get("messages");
            if (stored.size() == 2) {
                state = stored.get(1).get("state").getStringValue();
                content = stored.get(1).get("content").getStringValue();
            }
        }
        slow.tokensPerSecond(25);
        fast.tokensPerSecond(250);
        assertThat(state).isEqualTo("complete");
        assertThat(content).isEqualTo(StandInBackend.ANSWER);
    }

    @Test
    void badInputIsRefusedWithTheFieldAndNothingIsStored() {
        String id = conversation("assistant", "llama3:8b");
        var events = Sse.post(front + "/api/chat/conversations/" + id + "/messages", "{\"content\":\"  \"}", token);
        assertThat(events.get(0).name()).isEqualTo("http-400");
        assertThat(events.get(0).data().get("field").getStringValue()).isEqualTo("content");
        assertThat(Http.json(front + "/api/chat/conversations/" + id, token).get("messages").size()).isZero();
        var badPersona = Http.post(front + "/api/chat/conversations", "{\"persona\":\"nobody\"}", token);
        assertThat(badPersona.statusCode()).isEqualTo(400);
        assertThat(Http.parse(badPersona.body()).get("field").getStringValue()).isEqualTo("persona");
    }

    @Test
    void routingDecisionsShowEstimatesAndOutcomes() {
        String id = conversation("assistant", "only-fast:1b");
        ask(id, "decide");
        // The decision's row is completed just after the answer's last event, on the generation's thread.
        var latest = Http.json(front + "/api/routing/decisions?limit=5", token).get(0);
        for (int tries = 0; tries < 50 && !latest.get("servedBy").isString(); tries++) {
            sleep(100);
            latest = Http.json(front + "/api/routing/decisions?limit=5", token).get(0);
        }
        assertThat(latest.get("servedBy").getStringValue()).isEqualTo("fast");
        assertThat(latest.get("actualSeconds").getDoubleValue()).isPositive();
        assertThat(latest.get("estimatedSeconds").getDoubleValue()).isPositive();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
