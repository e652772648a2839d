package aura.adapters.out.generation;

import aura.application.chat.Cancellation;
import aura.application.chat.GenerationBackend;
import aura.domain.chat.BackendFailure;
import aura.domain.chat.GenerationOutcome;
import aura.domain.chat.GenerationRequest;
import aura.domain.chat.TokenSink;
import aura.domain.mesh.BackendSettings;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.ObjectMapper;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * OpenAI-compatible servers (vLLM, llama.cpp server, LM Studio, hosted APIs): {@code POST /v1/chat/completions}
 * with {@code stream: true} (server-sent events) and {@code GET /v1/models}. These servers do not say which models
 * are loaded, so every served model counts as loaded. A partial answer to continue is sent as the server
 * continues one (see {@link BackendSettings.Continuation}); unless configured, that is read from the model list
 * at the time, since a failover is rare and the server behind the URL may have changed.
 */
final class OpenAiBackend implements GenerationBackend {
    private final String root;
    private final Map<String, String> headers;
    private final Optional<BackendSettings.Continuation> continuation;
    private final ObjectMapper json;

    OpenAiBackend(String url, Optional<String> apiKey, Optional<BackendSettings.Continuation> continuation, ObjectMapper json) {
        this.root = url.endsWith("/v1") ? url : url + "/v1";
        this.headers = apiKey.map(k -> Map.of("Authorization", "Bearer " + k)).orElse(Map.of());
        this.continuation = continuation;
        this.json = json;
    }

    OpenAiBackend(String url, Optional<String> apiKey, ObjectMapper json) {
        this(url, apiKey, Optional.empty(), json);
    }

    /** vLLM and llama.cpp's server name themselves as the owner of the models they list. */
    BackendSettings.Continuation continuation() {
        if (continuation.isPresent()) return continuation.get();
        try {
            JsonNode data = json.readValue(LineStream.get(root + "/models", headers, Duration.ofSeconds(2)), JsonNode.class).get("data");
            if (data != null && data.isArray()) {
                for (JsonNode model : data.values()) {
                    JsonNode owner = model.get("owned_by");
                    String by = owner != null && owner.isString() ? owner.getStringValue() : "";
                    if (by.equals("vllm")) return BackendSettings.Continuation.VLLM;
                    if (by.equals("llamacpp")) return BackendSettings.Continuation.PREFILL;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not known: starting afresh is right for every server
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return BackendSettings.Continuation.RESTART;
    }

    @Override
    public List<String> models() {
        return LineStream.names(json, root + "/models", headers, "data", "id");
    }

    @Override
    public Set<String> loadedModels() {
        return Set.copyOf(models());
    }

    @Override
    public GenerationOutcome generate(GenerationRequest request, TokenSink sink, Cancellation cancel) {
        int[] counts = new int[2];
        boolean[] done = {false};
        LineStream.post(root + "/chat/completions", body(request), headers, cancel, line -> {
            if (!line.startsWith("data:")) return true;
            String data = line.substring(5).trim();
            if (data.equals("[DONE]")) {
                done[0] = true;
                return false;
            }
            JsonNode chunk = parse(data);
            if (chunk.get("error") != null) throw new BackendFailure("openai: " + chunk.get("error").coerceStringValue());
            JsonNode choices = chunk.get("choices");
            if (choices != null && choices.size() > 0) {
                JsonNode delta = choices.get(0).get("delta");
                JsonNode content = delta == null ? null : delta.get("content");
                if (content != null && content.isString() && !content.getStringValue().isEmpty()) sink.token(content.getStringValue());
            }
            JsonNode usage = chunk.get("usage");
            if (usage != null && usage.isObject()) {
                counts[0] = OllamaBackend.intField(usage, "prompt_tokens");
                counts[1] = OllamaBackend.intField(usage, "completion_tokens");
            }
            return true;
        });
        if (!done[0]) throw new BackendFailure("the stream from " + LineStream.host(root) + " ended without [DONE]");
        return new GenerationOutcome(counts[0], counts[1]);
    }

    private String body(GenerationRequest asked) {
        Map<String, Object> body = new LinkedHashMap<>();
        GenerationRequest request = asked;
        if (asked.continuesAnAnswer()) {
            switch (continuation()) {
                case RESTART -> request = asked.afresh();
                case VLLM -> {
                    body.put("continue_final_message", true);
                    body.put("add_generation_prompt", false);
                }
                case PREFILL -> { }
            }
        }
        body.put("model", request.model());
        body.put("messages", request.turns().stream().map(t -> Map.of("role", t.role(), "content", t.content())).toList());
        body.put("stream", true);
        body.put("stream_options", Map.of("include_usage", true));
        request.maxTokens().ifPresent(n -> body.put("max_tokens", n));
        try {
            return json.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode parse(String data) {
        try {
            return json.readValue(data, JsonNode.class);
        } catch (IOException e) {
            throw new BackendFailure("openai server sent something that is not JSON: " + data);
        }
    }
}
