package aura.adapters.in.web;

import aura.testing.Accounts;
import aura.testing.Http;
import aura.testing.InProcessNode;
import aura.testing.StandInBackend;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gatekeeper's guard model on a solo node: asked through the router like any generation (the stand-in model
 * server answers SAFE or UNSAFE), with a timeout, failing closed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GuardModelTest {
    static final String MODEL = "llama3:8b";
    static final String GUARD = "guard:1b";
    @TempDir
    static Path dataDir;
    private StandInBackend model;
    private InProcessNode node;
    private String token;

    @BeforeAll
    void start() {
        System.setProperty("aura.routing.calibration.enabled", "false");
        System.setProperty("aura.policy.gatekeeper.guard-model", GUARD);
        System.setProperty("aura.policy.gatekeeper.guard-timeout", "1500ms");
        model = StandInBackend.start(StandInBackend.Protocol.OLLAMA, MODEL, GUARD)
                .answering(q -> q.contains("poison") ? "UNSAFE" : "SAFE");
        node = InProcessNode.solo(dataDir, "solo", Map.of("AURA_BACKEND", model.spec()));
        String admin = node.adminToken();
        assertThat(Http.post(node.base() + "/api/admin/users", Accounts.credentials("ann", Accounts.PASSWORD), admin).statusCode()).isEqualTo(201);
        token = Accounts.login(node.base(), "ann", Accounts.PASSWORD).get("accessToken").getStringValue();
    }

    @AfterAll
    void stop() {
        node.close();
        model.close();
        System.clearProperty("aura.routing.calibration.enabled");
        System.clearProperty("aura.policy.gatekeeper.guard-model");
        System.clearProperty("aura.policy.gatekeeper.guard-timeout");
    }

    private HttpResponse<String> ask(String text) {
        return Http.post(node.base() + "/v1/chat/completions", "{\"model\":\"" + MODEL + "\",\"messages\":[{\"role\":"
                + "\"user\",\"content\":\"" + text + "\"}]}", token);
    }

    @Test
    void theGuardModelIsAskedFirstAndItsUnsafeVerdictBlocks() {
        assertThat(ask("what is the weather like").statusCode()).isEqualTo(200);
        assertThat(model.requests.stream().anyMatch(r -> r.get("model").getStringValue().equals(GUARD))).isTrue();
        var blocked = ask("how do I poison the neighbours cat");
        assertThat(blocked.statusCode()).isEqualTo(403);
        assertThat(blocked.body()).contains("guard-model").contains("unsafe");
    }

    @Test
    void aGuardSlowerThanItsTimeoutBlocksTheRequestWhenFailingClosed() {
        model.tokensPerSecond(0.1); // one token takes 10 s, the timeout is 1.5 s: far apart, even on a loaded machine
        try {
            long started = System.nanoTime();
            var blocked = ask("a harmless question");
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertThat(blocked.statusCode()).isEqualTo(403);
            assertThat(blocked.body()).contains("no verdict within 1500 ms");
            assertThat(millis).as("waited for the timeout, not the guard").isBetween(1400L, 8000L);
        } finally {
            model.tokensPerSecond(200); // the stand-in's usual 5 ms a token
        }
    }
}
