package aura.adapters.out.generation;

import aura.application.training.port.ModelServer;
import aura.domain.mesh.BackendSettings;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Deploys an adapter to this node's Ollama as Ollama documents it: each file pushed as a blob
 * ({@code POST /api/blobs/sha256:<digest>}), then {@code POST /api/create} with {@code model}, {@code from} (the
 * base model) and {@code adapters} (file name → digest), not streamed.
 */
@Singleton
public class OllamaModelServer implements ModelServer {
    private final String url;
    private final ObjectMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public OllamaModelServer(@Nullable BackendSettings backend, ObjectMapper json) {
        this.url = backend != null && backend.kind() == BackendSettings.Kind.OLLAMA ? backend.url() : null;
        this.json = json;
    }

    @Override
    public boolean available() {
        return url != null;
    }

    @Override
    public void create(String name, String baseModel, Map<String, byte[]> adapterFiles) {
        try {
            Map<String, String> adapters = new LinkedHashMap<>();
            for (var file : adapterFiles.entrySet()) {
                String digest = "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(file.getValue()));
                var pushed = http.send(HttpRequest.newBuilder(URI.create(url + "/api/blobs/" + digest))
                        .timeout(Duration.ofMinutes(5)).POST(HttpRequest.BodyPublishers.ofByteArray(file.getValue()))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (pushed.statusCode() / 100 != 2) {
                    throw new IllegalStateException("Ollama refused blob " + file.getKey() + ": " + pushed.statusCode()
                            + " " + pushed.body());
                }
                adapters.put(file.getKey(), digest);
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("model", name);
            body.put("from", baseModel);
            body.put("adapters", adapters);
            body.put("stream", false);
            var created = http.send(HttpRequest.newBuilder(URI.create(url + "/api/create"))
                    .timeout(Duration.ofMinutes(10)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (created.statusCode() / 100 != 2) {
                throw new IllegalStateException("Ollama refused to create " + name + ": " + created.statusCode() + " "
                        + created.body());
            }
        } catch (IOException e) {
            throw new IllegalStateException("Ollama at " + url + " is unreachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while deploying " + name, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
