package aura.adapters.out.generation;

import aura.application.chat.Cancellation;
import aura.application.chat.PeerGeneration;
import aura.application.mesh.MeshCredential;
import aura.application.routing.PeerPing;
import aura.domain.chat.BackendFailure;
import aura.domain.chat.GenerationOutcome;
import aura.domain.chat.GenerationRequest;
import aura.domain.chat.TokenSink;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Calls a peer's {@code POST /internal/generate} with the mesh credential; the peer streams NDJSON lines:
 * {@code {"t": text}} per token, then {@code {"done": true, "promptTokens": n, "outputTokens": n}} or
 * {@code {"error": why}}.
 */
@Singleton
public class PeerClient implements PeerGeneration, PeerPing {
    public static final String HEADER = "X-Aura-Mesh";

    private final MeshCredential credential;
    private final ObjectMapper json;

    public PeerClient(MeshCredential credential, ObjectMapper json) {
        this.credential = credential;
        this.json = json;
    }

    @Override
    public GenerationOutcome generate(String address, int port, GenerationRequest request, TokenSink sink, Cancellation cancel) {
        int[] counts = new int[2];
        boolean[] done = {false};
        String url = "http://" + address + ":" + port + "/internal/generate";
        LineStream.post(url, body(request), Map.of(HEADER, credential.secret()), cancel, line -> {
            JsonNode chunk = parse(line);
            if (chunk.get("t") != null) {
                sink.token(chunk.get("t").getStringValue());
                return true;
            }
            if (chunk.get("error") != null) throw new BackendFailure(chunk.get("error").getStringValue());
            counts[0] = OllamaBackend.intField(chunk, "promptTokens");
            counts[1] = OllamaBackend.intField(chunk, "outputTokens");
            done[0] = true;
            return false;
        });
        if (!done[0]) throw new BackendFailure("the stream from " + address + ":" + port + " ended early");
        return new GenerationOutcome(counts[0], counts[1]);
    }

    @Override
    public Optional<Duration> ping(String address, int port) {
        long start = System.nanoTime();
        try {
            LineStream.get("http://" + address + ":" + port + "/internal/ping", Map.of(HEADER, credential.secret()),
                    Duration.ofSeconds(2));
            return Optional.of(Duration.ofNanos(System.nanoTime() - start));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private String body(GenerationRequest request) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("model", request.model());
        body.put("messages", request.turns().stream().map(t -> Map.of("role", t.role(), "content", t.content())).toList());
        request.maxTokens().ifPresent(n -> body.put("maxTokens", n));
        try {
            return json.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode parse(String line) {
        try {
            return json.readValue(line, JsonNode.class);
        } catch (IOException e) {
            throw new BackendFailure("a peer sent something that is not JSON");
        }
    }
}
