package aura.testing;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** A plain HTTP client for tests: real requests to a node on loopback. */
public final class Http {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Http() {
    }

    public static HttpResponse<String> get(String url) {
        return send("GET", url, null, (String) null);
    }

    public static HttpResponse<String> get(String url, String token) {
        return send("GET", url, null, token);
    }

    public static HttpResponse<String> post(String url, String json, String token) {
        return send("POST", url, json, token);
    }

    public static HttpResponse<String> delete(String url, String token) {
        return send("DELETE", url, null, token);
    }

    /** One request; {@code token} (a bearer access token) and {@code json} may be null. */
    public static HttpResponse<String> send(String method, String url, String json, String token) {
        return send(method, url, json, token == null ? Map.of() : Map.of("Authorization", "Bearer " + token));
    }

    public static HttpResponse<String> send(String method, String url, String json, Map<String, String> headers) {
        var builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) builder.header("Content-Type", "application/json");
        headers.forEach(builder::header);
        try {
            return CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + url + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The node as JSON text, for "contains" checks. */
    public static String text(JsonNode node) {
        try {
            return ObjectMapper.getDefault().writeValueAsString(node);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static JsonNode parse(String body) {
        try {
            return ObjectMapper.getDefault().readValue(body, JsonNode.class);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    public static JsonNode json(String url) {
        return json(url, null);
    }

    /** GET that must answer 200 with JSON. */
    public static JsonNode json(String url, String token) {
        HttpResponse<String> response = get(url, token);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + url + " answered " + response.statusCode() + ": " + response.body());
        }
        return parse(response.body());
    }
}
