package aura.adapters.in.web;

import aura.domain.mesh.BackendSettings;
import aura.domain.mesh.InventoryNode;
import aura.domain.node.Role;
import aura.testing.Http;
import aura.testing.Services;
import aura.testing.Sse;
import aura.testing.StandInBackend;
import aura.testing.StandInBackend.Resumes;
import aura.testing.InProcessNode;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Failover with servers that resume answers differently: whichever of two OpenAI-compatible nodes is chosen dies
 * after four tokens, and the other, a server that continues a prefill (llama.cpp), one that continues only when
 * asked the vLLM way, or one that starts over (OpenAI), finishes; the person sees one answer with no repeated
 * text. The nodes detect which server they have from its model list.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContinuationFailoverTest {
    @TempDir
    static Path dataDir;
    private final List<InProcessNode> nodes = new ArrayList<>();
    private final Map<String, StandInBackend> servers = new java.util.LinkedHashMap<>();
    private String front;
    private String token;

    @BeforeAll
    void start() throws Exception {
        System.setProperty("aura.routing.calibration.enabled", "false"); // a calibration could use up a die-once
        servers.put("one", StandInBackend.start(StandInBackend.Protocol.OPENAI, "llama3:8b").tokensPerSecond(100));
        servers.put("two", StandInBackend.start(StandInBackend.Protocol.OPENAI, "llama3:8b").tokensPerSecond(100));
        int[] ports = {Services.freePort(), Services.freePort(), Services.freePort()};
        var inventory = InProcessNode.freshMesh("resume", List.of(
                new InventoryNode("front", Role.LAPTOP, "127.0.0.1", ports[0], Optional.empty(), List.of()),
                new InventoryNode("one", Role.COMPUTE, "127.0.0.1", ports[1], Optional.empty(), List.of(),
                        Optional.of(new BackendSettings(BackendSettings.Kind.OPENAI, servers.get("one").url(), Optional.empty()))),
                new InventoryNode("two", Role.COMPUTE, "127.0.0.1", ports[2], Optional.empty(), List.of(),
                        Optional.of(new BackendSettings(BackendSettings.Kind.OPENAI, servers.get("two").url(), Optional.empty())))));
        var env = InProcessNode.meshServices("continuation_failover");
        for (String name : List.of("front", "one", "two")) {
            nodes.add(InProcessNode.inMesh(dataDir.resolve(name), name, inventory, env));
        }
        front = nodes.get(0).base();
        token = nodes.get(0).adminToken();
        for (int i = 0; i < 300 && Http.get(front + "/api/chat/models", token).body().split("\"(one|two)\"").length < 3; i++) {
            Thread.sleep(100);
        }
        assertThat(Http.get(front + "/api/chat/models", token).body()).contains("\"one\"", "\"two\"");
    }

    @AfterAll
    void stop() {
        System.clearProperty("aura.routing.calibration.enabled");
        nodes.forEach(InProcessNode::close);
        servers.values().forEach(StandInBackend::close);
    }

    @BeforeEach
    void healthy() {
        servers.values().forEach(s -> s.healthy().requests.clear());
    }

    /** Both servers resume the same way and claim to be {@code owner}; the first chosen dies after four tokens. */
    private Answer failOverTo(Resumes how, String owner) {
        var died = new AtomicBoolean();
        servers.values().forEach(s -> s.resumes(how).ownedBy(owner).dieOnceAfter(4, died));
        var created = Http.post(front + "/api/chat/conversations", "{\"title\":\"t\",\"persona\":\"assistant\",\"model\":\"llama3:8b\"}", token);
        String id = Http.parse(created.body()).get("id").getStringValue();
        var events = Sse.post(front + "/api/chat/conversations/" + id + "/messages", "{\"content\":\"forecast?\"}", token);
        assertThat(events).as("the answer failed over").anyMatch(e -> e.name().equals("failover"));
        String finisher = Sse.first(events, "done").data().get("node").getStringValue();
        var asked = servers.get(finisher).requests;
        String stored = Http.json(front + "/api/chat/conversations/" + id, token).get("messages").get(1).get("content").getStringValue();
        return new Answer(Sse.text(events), stored, asked.get(asked.size() - 1));
    }

    private record Answer(String seen, String stored, JsonNode continuingRequest) {
        String lastRole() {
            JsonNode messages = continuingRequest.get("messages");
            return messages.get(messages.size() - 1).get("role").getStringValue();
        }
    }

    @Test
    void aServerThatContinuesThePrefillFinishesTheAnswer() {
        var answer = failOverTo(Resumes.PREFILL, "llamacpp");
        assertThat(answer.seen()).isEqualTo(StandInBackend.ANSWER);
        assertThat(answer.stored()).isEqualTo(StandInBackend.ANSWER);
        assertThat(answer.lastRole()).isEqualTo("assistant");
        assertThat(answer.continuingRequest().get("continue_final_message")).isNull();
    }

    @Test
    void aVllmServerIsAskedToContinueTheFinalMessageTheVllmWay() {
        var answer = failOverTo(Resumes.VLLM, "vllm");
        assertThat(answer.seen()).isEqualTo(StandInBackend.ANSWER);
        assertThat(answer.lastRole()).isEqualTo("assistant");
        assertThat(answer.continuingRequest().get("continue_final_message").getBooleanValue()).isTrue();
        assertThat(answer.continuingRequest().get("add_generation_prompt").getBooleanValue()).isFalse();
    }

    @Test
    void aServerThatStartsOverIsAskedAfreshAndTheRepeatedStartIsNotShown() {
        var answer = failOverTo(Resumes.RESTART, "openai");
        assertThat(answer.seen()).isEqualTo(StandInBackend.ANSWER);
        assertThat(answer.stored()).isEqualTo(StandInBackend.ANSWER);
        assertThat(answer.lastRole()).isEqualTo("user");
    }

    @Test
    void aServerThatStartsOverThoughItClaimsToContinueStillShowsOneAnswer() {
        var answer = failOverTo(Resumes.RESTART, "llamacpp");
        assertThat(answer.lastRole()).isEqualTo("assistant");
        assertThat(answer.seen()).isEqualTo(StandInBackend.ANSWER);
        assertThat(answer.stored()).isEqualTo(StandInBackend.ANSWER);
    }
}
