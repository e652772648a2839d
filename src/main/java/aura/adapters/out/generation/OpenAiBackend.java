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

import java.io.IOException;
import java.time.Duration;
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
        return LineStream.answer(root + "/chat/completions", body(request), headers, cancel, json, sink,
                (line, tokens) -> decode(line, tokens, counts), "without [DONE]");
    }

    /** Server-sent events: usage comes in a chunk of its own before {@code [DONE]}. */
    private GenerationOutcome decode(String line, TokenSink sink, int[] counts) {
        if (!line.startsWith("data:")) return null;
        String data = line.substring(5).trim();
        if (data.equals("[DONE]")) return new GenerationOutcome(counts[0], counts[1]);
        JsonNode chunk = LineStream.parse(json, data, "the openai server");
        if (chunk.get("error") != null) throw new BackendFailure("openai: " + chunk.get("error").coerceStringValue());
        JsonNode choices = chunk.get("choices");
        if (choices != null && choices.size() > 0) {
            JsonNode delta = choices.get(0).get("delta");
            JsonNode content = delta == null ? null : delta.get("content");
            if (content != null && content.isString() && !content.getStringValue().isEmpty()) sink.token(content.getStringValue());
        }
        JsonNode usage = chunk.get("usage");
        if (usage != null && usage.isObject()) {
            counts[0] = LineStream.intField(usage, "prompt_tokens");
            counts[1] = LineStream.intField(usage, "completion_tokens");
        }
        return null;
    }

    private Map<String, Object> body(GenerationRequest asked) {
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
        body.put("messages", LineStream.messages(request));
        body.put("stream", true);
        body.put("stream_options", Map.of("include_usage", true));
        request.maxTokens().ifPresent(n -> body.put("max_tokens", n));
        request.temperature().ifPresent(t -> body.put("temperature", t));
        return body;
    }
}
