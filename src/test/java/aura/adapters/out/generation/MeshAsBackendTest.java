package aura.adapters.out.generation;

import aura.application.chat.Cancellation;
import aura.domain.chat.ChatTurn;
import aura.domain.chat.GenerationRequest;
import aura.testing.Accounts;
import aura.testing.Http;
import aura.testing.StandInBackend;
import aura.testing.InProcessNode;
import io.micronaut.serde.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Existing clients pointed at a node: this project's own OpenAI and Ollama client adapters (written to those
 * protocols, and tested against stand-ins of the real servers) talk to the node's compatible endpoints.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeshAsBackendTest {
    @TempDir
    static Path dataDir;
    private StandInBackend model;
    private InProcessNode node;
    private String base;
    private String apiKey;
    private String apiKeyId;

    @BeforeAll
    void start() {
        model = StandInBackend.start(StandInBackend.Protocol.OLLAMA, "llama3:8b");
        node = InProcessNode.solo(dataDir, "solo", Map.of("AURA_BACKEND", model.spec()));
        base = node.base();
        String token = node.adminToken();
        var created = Http.parse(Http.post(base + "/api/auth/api-keys", "{\"name\":\"my editor\"}", token).body());
        apiKey = created.get("key").getStringValue();
        apiKeyId = created.get("id").getStringValue();
        assertThat(apiKey).startsWith("aura_");
        assertThat(Http.text(Http.json(base + "/api/auth/api-keys", token))).contains("my editor").doesNotContain(apiKey);
    }

    @AfterAll
    void stop() {
        node.close();
        model.close();
    }

    private static GenerationRequest ask() {
        return new GenerationRequest("llama3:8b", List.of(new ChatTurn(ChatTurn.Speaker.USER, "hi")), OptionalInt.of(100));
    }

    @Test
    void anOpenAiClientWithAnApiKeyListsModelsAndStreamsAnAnswer() {
        var client = new OpenAiBackend(base, Optional.of(apiKey), ObjectMapper.getDefault());
        assertThat(client.models()).containsExactly("llama3:8b");
        StringBuilder text = new StringBuilder();
        var outcome = client.generate(ask(), text::append, new Cancellation());
        assertThat(text.toString()).isEqualTo(StandInBackend.ANSWER);
        assertThat(outcome.outputTokens()).isPositive();
    }

    @Test
    void theNonStreamingOpenAiShapeAnswersInOneObject() {
        var response = Http.post(base + "/v1/chat/completions",
                "{\"model\":\"llama3:8b\",\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"hi\"}]}]}", apiKey);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        var body = Http.parse(response.body());
        assertThat(body.get("object").getStringValue()).isEqualTo("chat.completion");
        assertThat(body.get("choices").get(0).get("message").get("content").getStringValue()).isEqualTo(StandInBackend.ANSWER);
        assertThat(body.get("usage").get("completion_tokens").getIntValue()).isPositive();
    }

    @Test
    void anOllamaClientListsTagsAndGetsStreamedOrWholeAnswers() {
        assertThat(Http.json(base + "/ollama/api/tags", apiKey).get("models").get(0).get("name").getStringValue()).isEqualTo("llama3:8b");
        var response = Http.post(base + "/ollama/api/chat", "{\"model\":\"llama3:8b\",\"stream\":false,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}", apiKey);
        assertThat(Http.parse(response.body()).get("message").get("content").getStringValue()).isEqualTo(StandInBackend.ANSWER);
        var streamed = Http.post(base + "/ollama/api/chat", "{\"model\":\"llama3:8b\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}", apiKey);
        StringBuilder text = new StringBuilder();
        streamed.body().lines().map(Http::parse).forEach(l -> text.append(l.get("message").get("content").getStringValue()));
        assertThat(text.toString()).isEqualTo(StandInBackend.ANSWER);
        assertThat(streamed.body().lines().count()).isGreaterThan(5);
    }

    @Test
    void theOllamaDoorStreamsWhateverAcceptSaysAsOllamaDoes() throws Exception {
        for (String accept : List.of("application/json", "application/x-ndjson", "*/*", "text/plain")) {
            var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/ollama/api/chat"))
                    .header("Authorization", "Bearer " + apiKey).header("Content-Type", "application/json")
                    .header("Accept", accept)
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                            "{\"model\":\"llama3:8b\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}")).build();
            var response = java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(accept + ": " + response.body()).isEqualTo(200);
            var last = Http.parse(response.body().lines().reduce((a, b) -> b).orElseThrow());
            assertThat(last.get("done").getBooleanValue()).isTrue();
            assertThat(last.get("done_reason").getStringValue()).isEqualTo("stop");
            assertThat(last.get("eval_count").getIntValue()).isPositive();
            assertThat(last.get("total_duration").getLongValue()).isPositive();
        }
    }

    @Test
    void theOllamaDoorTakesJsonSentAsCurlDashDSendsItAsOllamaDoes() throws Exception {
        for (String path : List.of("/ollama/api/chat", "/ollama/api/generate", "/ollama/api/show")) {
            var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + path))
                    .header("Authorization", "Bearer " + apiKey).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"model\":\"llama3:8b\",\"stream\":false,"
                            + "\"prompt\":\"hi\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}")).build();
            var response = java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        }
    }

    @Test
    void theOllamaDoorGeneratesFromAPromptAndDescribesItsModels() {
        var whole = Http.parse(Http.post(base + "/ollama/api/generate",
                "{\"model\":\"llama3:8b\",\"prompt\":\"hi\",\"system\":\"be brief\",\"stream\":false}", apiKey).body());
        assertThat(whole.get("response").getStringValue()).isEqualTo(StandInBackend.ANSWER);
        assertThat(model.requests.get(model.requests.size() - 1).get("messages").get(0).get("role").getStringValue()).isEqualTo("system");
        var tag = Http.json(base + "/ollama/api/tags", apiKey).get("models").get(0);
        for (String field : List.of("name", "model", "modified_at", "size", "digest", "details")) assertThat(tag.get(field)).as(field).isNotNull();
        assertThat(Http.json(base + "/ollama/api/ps", apiKey).get("models").get(0).get("name").getStringValue()).isEqualTo("llama3:8b");
        assertThat(Http.json(base + "/ollama/api/version", apiKey).get("version").getStringValue()).matches("\\d+\\.\\d+\\.\\d+");
        assertThat(Http.post(base + "/ollama/api/show", "{\"model\":\"llama3:8b\"}", apiKey).statusCode()).isEqualTo(200);
        assertThat(Http.get(base + "/ollama").body()).isEqualTo("Ollama is running");
        assertThat(Http.get(base + "/ollama/api/tags").statusCode()).isEqualTo(401);
    }

    @Test
    void anUnknownModelOnTheOllamaDoorIsNotFoundAsOllamaSaysIt() {
        var chat = Http.post(base + "/ollama/api/chat", "{\"model\":\"nope:1b\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}", apiKey);
        assertThat(chat.statusCode()).isEqualTo(404);
        assertThat(Http.parse(chat.body()).get("error").getStringValue()).isEqualTo("model 'nope:1b' not found");
        assertThat(Http.post(base + "/ollama/api/show", "{\"model\":\"nope:1b\"}", apiKey).statusCode()).isEqualTo(404);
        var noPrompt = Http.post(base + "/ollama/api/generate", "{\"model\":\"llama3:8b\"}", apiKey);
        assertThat(noPrompt.statusCode()).isEqualTo(400);
        assertThat(noPrompt.body()).contains("prompt");
        var notJson = Http.post(base + "/ollama/api/chat", "{\"model\":", apiKey);
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(Http.parse(notJson.body()).get("field").getStringValue()).isEqualTo("body");
    }

    @Test
    void badRequestsAndBadKeysAreRefused() {
        var noModel = Http.post(base + "/v1/chat/completions", "{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}", apiKey);
        assertThat(noModel.statusCode()).isEqualTo(400);
        assertThat(noModel.body()).contains("\"param\":\"model\"");
        assertThat(Http.get(base + "/v1/models", "aura_" + "0".repeat(32) + "_nope").statusCode()).isEqualTo(401);
        var unknownModel = Http.post(base + "/v1/chat/completions", "{\"model\":\"nope\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}", apiKey);
        assertThat(unknownModel.statusCode()).isEqualTo(503);
        assertThat(unknownModel.body()).contains("nope");
    }

    @Test
    void aRevokedKeyStopsWorking() {
        String token = Accounts.login(base, Accounts.ADMIN, Accounts.PASSWORD).get("accessToken").getStringValue();
        var created = Http.parse(Http.post(base + "/api/auth/api-keys", "{\"name\":\"temp\"}", token).body());
        String key = created.get("key").getStringValue();
        assertThat(Http.get(base + "/v1/models", key).statusCode()).isEqualTo(200);
        assertThat(Http.delete(base + "/api/auth/api-keys/" + created.get("id").getStringValue(), token).statusCode()).isEqualTo(204);
        assertThat(Http.get(base + "/v1/models", key).statusCode()).isEqualTo(401);
        assertThatThrownBy(() -> new OpenAiBackend(base, Optional.of(key), ObjectMapper.getDefault()).generate(ask(), t -> { }, new Cancellation()))
                .hasMessageContaining("401");
    }
}
