package aura.it;

import aura.testing.Accounts;
import aura.testing.Http;
import aura.testing.NodeProcess;
import aura.testing.Services;
import aura.testing.Sse;
import aura.testing.StandInBackend;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two real nodes: the person types on "typist" (no model of its own), which routes the answer to "keeper". Killed
 * with SIGKILL mid-answer, the typist cannot say anything more; the keeper notices its heartbeat is gone, marks
 * the answer partial with exactly the text the person was shown, and the person continues it there.
 */
class AnswerOwnerDiesIT {
    @TempDir
    Path dir;

    @Test
    void anAnswerWhoseNodeIsKilledBecomesPartialWithTheShownTextAndIsContinuedOnAnotherNode() throws Exception {
        var model = StandInBackend.start(StandInBackend.Protocol.OLLAMA, "llama3:8b").tokensPerSecond(20).stallAfter(5);
        int typistPort = Services.freePort();
        int keeperPort = Services.freePort();
        Path inventory = NodeProcess.meshInventory(dir, "owner_dies",
                "{name: typist, role: laptop, address: 127.0.0.1, port: %d}".formatted(typistPort),
                "{name: keeper, role: lead, address: 127.0.0.1, port: %d, backend: {kind: ollama, url: \"%s\"}}"
                        .formatted(keeperPort, model.url()));
        try (model;
             var keeper = NodeProcess.startInMesh(dir, keeperPort, inventory, "keeper");
             var typist = NodeProcess.startInMesh(dir, typistPort, inventory, "typist")) {
            keeper.awaitHealthy(Duration.ofSeconds(90));
            typist.awaitHealthy(Duration.ofSeconds(90));
            String token = Accounts.adminToken(keeper.base());
            awaitModel(typist, token);
            var created = Http.post(typist.base() + "/api/chat/conversations", "{\"model\":\"llama3:8b\"}", token);
            String id = Http.parse(created.body()).get("id").getStringValue();

            // route + the five tokens the model sends before it stalls: what the person was shown
            var shownEvents = Sse.post(typist.base() + "/api/chat/conversations/" + id + "/messages",
                    "{\"content\":\"tell me\"}", token, 6);
            String shown = Sse.text(shownEvents);
            assertThat(StandInBackend.tokens(shown)).hasSize(5);
            Thread.sleep(1000); // several flush intervals: the shown text is in the database
            typist.kill();

            JsonNode answer = awaitState(keeper, token, id, "partial");
            assertThat(answer.get("content").getStringValue()).isEqualTo(shown);
            assertThat(answer.get("note").getStringValue()).contains("typist");

            model.healthy();
            var continued = Sse.post(keeper.base() + "/api/chat/conversations/" + id + "/messages/"
                    + answer.get("id").getStringValue() + "/continue", "{}", token);
            assertThat(continued).anyMatch(e -> e.name().equals("done"));
            assertThat(shown + Sse.text(continued)).isEqualTo(StandInBackend.ANSWER);
            JsonNode finished = awaitState(keeper, token, id, "complete");
            assertThat(finished.get("content").getStringValue()).isEqualTo(StandInBackend.ANSWER);
            assertThat(finished.get("id").getStringValue()).isEqualTo(answer.get("id").getStringValue());
        }
    }

    private static void awaitModel(NodeProcess node, String token) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            if (Http.get(node.base() + "/api/chat/models", token).body().contains("keeper")) return;
            Thread.sleep(100);
        }
        throw new AssertionError("the typist never saw the keeper's model");
    }

    private static JsonNode awaitState(NodeProcess node, String token, String conversation, String state) throws InterruptedException {
        JsonNode answer = null;
        for (int i = 0; i < 300; i++) {
            var messages = Http.json(node.base() + "/api/chat/conversations/" + conversation, token).get("messages");
            answer = messages.size() > 1 ? messages.get(1) : null;
            if (answer != null && answer.get("state").getStringValue().equals(state)) return answer;
            Thread.sleep(100);
        }
        throw new AssertionError("the answer never became " + state + ": " + answer);
    }
}
