package aura.it;

import aura.testing.Accounts;
import aura.testing.Http;
import aura.testing.NodeProcess;
import aura.testing.Services;
import aura.testing.StandInBackend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Existing clients work as they are: the official {@code openai} and {@code ollama} npm packages (pinned in
 * {@code src/test/node/package.json}, installed by {@code npm ci} in {@code scripts/test.sh}) list models, chat and
 * generate, streaming and not, through both doors of a real node serving from a stand-in Ollama. Node.js and the
 * packages are required: without them this test fails, it never skips.
 */
class OfficialClientsIT {
    private static final Path CLIENTS = Path.of("src/test/node");
    private static final String MODEL = "llama3:8b";

    @TempDir
    Path dir;

    @Test
    void theOfficialOpenAiAndOllamaClientsListChatAndStreamThroughBothDoors() throws Exception {
        assertThat(CLIENTS.resolve("node_modules/openai/package.json"))
                .as("the npm packages are missing: run `npm ci` in src/test/node (scripts/test.sh does)").exists();
        assertThat(CLIENTS.resolve("node_modules/ollama/package.json"))
                .as("the npm packages are missing: run `npm ci` in src/test/node (scripts/test.sh does)").exists();
        int port = Services.freePort();
        try (var model = StandInBackend.start(StandInBackend.Protocol.OLLAMA, MODEL).tokensPerSecond(500);
             var node = NodeProcess.start(dir, port, Map.of("AURA_BACKEND", model.spec()),
                     "--data-dir", dir.resolve("data").toString())) {
            node.awaitHealthy(Duration.ofSeconds(90));
            String token = Accounts.adminToken(node.base());
            String key = Http.parse(Http.post(node.base() + "/api/auth/api-keys", "{\"name\":\"npm clients\"}", token).body())
                    .get("key").getStringValue();
            awaitModel(node, key);

            var run = run(Map.of("AURA_BASE", node.base(), "AURA_KEY", key, "AURA_MODEL", MODEL,
                    "AURA_ANSWER", StandInBackend.ANSWER));
            assertThat(run.code()).as(run.output() + "\nnode log:\n" + node.log()).isZero();
            assertThat(run.output()).contains("ok openaiListsModels", "ok openaiChats", "ok openaiStreams",
                    "ok ollamaListsTags", "ok ollamaShowsPsAndVersion", "ok ollamaChats", "ok ollamaStreamsAChat",
                    "ok ollamaGenerates", "ok ollamaStreamsAGeneration", "ok ollamaSaysAnUnknownModelIsNotFound");
        }
    }

    /** The node lists its backend's models once it has asked the backend for them. */
    private static void awaitModel(NodeProcess node, String key) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            if (Http.get(node.base() + "/v1/models", key).body().contains(MODEL)) return;
            Thread.sleep(200);
        }
        throw new AssertionError("the node never listed " + MODEL);
    }

    private record Run(int code, String output) {
    }

    private Run run(Map<String, String> env) throws Exception {
        Path out = dir.resolve("clients.out");
        var builder = new ProcessBuilder(List.of("node", "clients.mjs")).directory(CLIENTS.toFile())
                .redirectErrorStream(true).redirectOutput(out.toFile());
        builder.environment().putAll(env);
        Process process;
        try {
            process = builder.start();
        } catch (java.io.IOException e) {
            throw new AssertionError("Node.js is required for this test (`node` on the PATH): " + e.getMessage(), e);
        }
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            return new Run(-1, "node did not finish in 5 minutes:\n" + Files.readString(out, StandardCharsets.UTF_8));
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
    }
}
