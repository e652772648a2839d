package aura.adapters.out.generation;

import aura.application.chat.Cancellation;
import aura.application.chat.port.GenerationBackend;
import aura.domain.chat.BackendFailure;
import aura.domain.chat.GenerationOutcome;
import aura.domain.chat.GenerationRequest;
import aura.domain.chat.TokenSink;
import aura.domain.mesh.BackendSettings;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.ObjectMapper;

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
        return LineStream.answer(url + "/api/chat", body(request), Map.of(), cancel, json, sink, this::decode, "before done");
    }

    private GenerationOutcome decode(String line, TokenSink sink) {
        JsonNode chunk = LineStream.parse(json, line, "ollama");
        if (chunk.get("error") != null) throw new BackendFailure("ollama: " + chunk.get("error").coerceStringValue());
        JsonNode message = chunk.get("message");
        if (message != null && message.get("content") != null) {
            String text = message.get("content").getStringValue();
            if (!text.isEmpty()) sink.token(text);
        }
        boolean done = chunk.get("done") != null && chunk.get("done").getBooleanValue();
        if (!done) return null;
        JsonNode decode = chunk.get("eval_duration");
        long decodeNanos = decode != null && decode.isNumber() ? decode.getLongValue() : 0;
        return new GenerationOutcome(LineStream.intField(chunk, "prompt_eval_count"), LineStream.intField(chunk, "eval_count"), decodeNanos);
    }

    private Map<String, Object> body(GenerationRequest asked) {
        GenerationRequest request = continuation == BackendSettings.Continuation.RESTART ? asked.afresh() : asked;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("model", request.model());
        body.put("messages", LineStream.messages(request));
        body.put("stream", true);
        Map<String, Object> options = new LinkedHashMap<>();
        request.maxTokens().ifPresent(n -> options.put("num_predict", n));
        request.temperature().ifPresent(t -> options.put("temperature", t));
        if (!options.isEmpty()) body.put("options", options);
        return body;
    }
}
