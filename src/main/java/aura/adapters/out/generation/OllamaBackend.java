package aura.adapters.out.generation;

import aura.application.chat.Cancellation;
import aura.application.chat.GenerationBackend;
import aura.domain.chat.BackendFailure;
import aura.domain.chat.ChatTurn;
import aura.domain.chat.GenerationOutcome;
import aura.domain.chat.GenerationRequest;
import aura.domain.chat.TokenSink;
import aura.domain.mesh.BackendSettings;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.ObjectMapper;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Ollama's API: {@code POST /api/chat} streaming NDJSON, {@code GET /api/tags}, {@code GET /api/ps}. Ollama
 * continues a final assistant message; told {@code restart}, the question is asked afresh instead.
 */
final class OllamaBackend implements GenerationBackend {
    private final String url;
    private final BackendSettings.Continuation continuation;
    private final ObjectMapper json;

    OllamaBackend(String url, Optional<BackendSettings.Continuation> continuation, ObjectMapper json) {
        this.url = url;
        this.continuation = continuation.orElse(BackendSettings.Continuation.PREFILL);
        this.json = json;
    }

    OllamaBackend(String url, ObjectMapper json) {
        this(url, Optional.empty(), json);
    }

    @Override
    public List<String> models() {
        return names("/api/tags");
    }

    @Override
    public Set<String> loadedModels() {
        return new HashSet<>(names("/api/ps"));
    }

    private List<String> names(String path) {
        return LineStream.names(json, url + path, Map.of(), "models", "name");
    }

    @Override
    public GenerationOutcome generate(GenerationRequest request, TokenSink sink, Cancellation cancel) {
        int[] counts = new int[2];
        boolean[] done = {false};
        LineStream.post(url + "/api/chat", body(request), Map.of(), cancel, line -> {
            JsonNode chunk = parse(line);
            if (chunk.get("error") != null) throw new BackendFailure("ollama: " + chunk.get("error").coerceStringValue());
            JsonNode message = chunk.get("message");
            if (message != null && message.get("content") != null) {
                String text = message.get("content").getStringValue();
                if (!text.isEmpty()) sink.token(text);
            }
            if (chunk.get("done") != null && chunk.get("done").getBooleanValue()) {
                counts[0] = intField(chunk, "prompt_eval_count");
                counts[1] = intField(chunk, "eval_count");
                done[0] = true;
                return false;
            }
            return true;
        });
        if (!done[0]) throw new BackendFailure("the stream from " + LineStream.host(url) + " ended before done");
        return new GenerationOutcome(counts[0], counts[1]);
    }

    private String body(GenerationRequest asked) {
        GenerationRequest request = continuation == BackendSettings.Continuation.RESTART ? asked.afresh() : asked;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("model", request.model());
        body.put("messages", request.turns().stream().map(OllamaBackend::turn).toList());
        body.put("stream", true);
        request.maxTokens().ifPresent(n -> body.put("options", Map.of("num_predict", n)));
        try {
            return json.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> turn(ChatTurn t) {
        return Map.of("role", t.role(), "content", t.content());
    }

    private JsonNode parse(String line) {
        try {
            return json.readValue(line, JsonNode.class);
        } catch (IOException e) {
            throw new BackendFailure("ollama sent something that is not JSON: " + line);
        }
    }

    static int intField(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value != null && value.isNumber() ? value.getIntValue() : 0;
    }
}
