package aura.adapters.in.web;

import aura.domain.mesh.BackendSettings;
import aura.domain.mesh.InventoryNode;
import aura.domain.node.Role;
import aura.testing.Http;
import aura.testing.Services;
import aura.testing.Sse;
import aura.testing.StandInBackend;
import aura.testing.InProcessNode;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One conversation, twenty questions at once, typed on two mesh nodes (real Postgres and Redis) that share one
 * model server: every question reaches the model once and gets its own answer, at a position of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrentQuestionsTest {
    @TempDir
    static Path dataDir;
    private final List<InProcessNode> nodes = new ArrayList<>();
    private StandInBackend model;
    private final List<String> bases = new ArrayList<>();
    private String token;

    @BeforeAll
    void start() throws Exception {
        System.setProperty("aura.routing.calibration.enabled", "false"); // it counts what reaches the model
        model = StandInBackend.start(StandInBackend.Protocol.OPENAI, "llama3:8b").tokensPerSecond(200).echoing(true);
        String[] names = {"left", "right"};
        int[] ports = {Services.freePort(), Services.freePort()};
        var backend = Optional.of(new BackendSettings(BackendSettings.Kind.OPENAI, model.url(), Optional.empty()));
        var inventory = InProcessNode.freshMesh("concurrent", List.of(
                new InventoryNode(names[0], Role.COMPUTE, "127.0.0.1", ports[0], Optional.empty(), List.of(), backend),
                new InventoryNode(names[1], Role.COMPUTE, "127.0.0.1", ports[1], Optional.empty(), List.of(), backend)));
        var env = InProcessNode.meshServices("chat_concurrent");
        for (String name : names) {
            var node = InProcessNode.inMesh(dataDir.resolve(name), name, inventory, env);
            nodes.add(node);
            bases.add(node.base());
        }
        token = nodes.get(0).adminToken();
        for (int i = 0; i < 100 && !Http.get(bases.get(0) + "/api/chat/models", token).body().contains("[\"left\",\"right\"]"); i++) {
            Thread.sleep(100);
        }
    }

    @AfterAll
    void stop() {
        System.clearProperty("aura.routing.calibration.enabled");
        nodes.forEach(InProcessNode::close);
        model.close();
    }

    @Test
    void twentyQuestionsAtOnceThroughTwoNodesEachReachTheModelOnceAndGetTheirOwnAnswer() throws Exception {
        var created = Http.post(bases.get(0) + "/api/chat/conversations", "{\"model\":\"llama3:8b\"}", token);
        String id = Http.parse(created.body()).get("id").getStringValue();
        var pool = Executors.newFixedThreadPool(20);
        var go = new CountDownLatch(1);
        Map<String, Future<List<Sse.Event>>> streams = new HashMap<>();
        for (int i = 0; i < 20; i++) {
            String question = "question " + i;
            String base = bases.get(i % 2);
            streams.put(question, pool.submit(() -> {
                go.await();
                return Sse.post(base + "/api/chat/conversations/" + id + "/messages",
                        "{\"content\":\"" + question + "\"}", token);
            }));
        }
        go.countDown();
        for (var e : streams.entrySet()) {
            var events = e.getValue().get();
            assertThat(events).as(e.getKey()).anyMatch(ev -> ev.name().equals("done"));
            assertThat(Sse.text(events)).as(e.getKey()).isEqualTo(StandInBackend.answerTo(e.getKey()));
        }
        pool.shutdown();

        Map<String, Long> reached = model.requests.stream()
                .collect(Collectors.groupingBy(StandInBackend::lastQuestion, Collectors.counting()));
        assertThat(reached).hasSize(20).allSatisfy((question, times) -> assertThat(times).as(question).isEqualTo(1));

        JsonNode stored = Http.json(bases.get(1) + "/api/chat/conversations/" + id, token).get("messages");
        assertThat(stored.size()).isEqualTo(40);
        Map<String, JsonNode> byId = new HashMap<>();
        for (JsonNode m : stored.values()) byId.put(m.get("id").getStringValue(), m);
        Function<JsonNode, String> content = m -> m.get("content").getStringValue();
        for (JsonNode m : stored.values()) {
            if (!m.get("role").getStringValue().equals("assistant")) continue;
            JsonNode question = byId.get(m.get("replyTo").getStringValue());
            assertThat(content.apply(m)).isEqualTo(StandInBackend.answerTo(content.apply(question)));
            assertThat(m.get("state").getStringValue()).isEqualTo("complete");
        }
    }

    @Test
    void onlyAPartialAnswerCanBeContinued() {
        var created = Http.post(bases.get(0) + "/api/chat/conversations", "{\"model\":\"llama3:8b\"}", token);
        String id = Http.parse(created.body()).get("id").getStringValue();
        var events = Sse.post(bases.get(0) + "/api/chat/conversations/" + id + "/messages", "{\"content\":\"done?\"}", token);
        String answer = Sse.first(events, "done").data().get("messageId").getStringValue();
        String continueUrl = bases.get(1) + "/api/chat/conversations/" + id + "/messages/";

        assertThat(Sse.post(continueUrl + answer + "/continue", "{}", token).get(0).name()).isEqualTo("http-409");
        assertThat(Sse.post(continueUrl + "no-such-message/continue", "{}", token).get(0).name()).isEqualTo("http-404");
        var badLimit = Sse.post(continueUrl + answer + "/continue", "{\"maxTokens\":0}", token).get(0);
        assertThat(badLimit.name()).isEqualTo("http-400");
        assertThat(badLimit.data().get("field").getStringValue()).isEqualTo("maxTokens");
        var stored = Http.json(bases.get(0) + "/api/chat/conversations/" + id, token).get("messages");
        assertThat(stored.get(1).get("state").getStringValue()).isEqualTo("complete");
        assertThat(stored.get(1).get("content").getStringValue()).isEqualTo(StandInBackend.answerTo("done?"));
    }
}
