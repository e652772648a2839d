package aura.testing;

import io.micronaut.json.tree.JsonNode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Reads a server-sent event stream over real HTTP, as a browser's EventSource would. */
public final class Sse {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public record Event(String name, JsonNode data) {
        @Override
        public String toString() {
            return name + " " + Http.text(data);
        }
    }

    private Sse() {
    }

    /** POSTs and reads events until the stream ends, or until {@code stopAfter} events (then hangs up). */
    public static List<Event> post(String url, String json, String token, int stopAfter) {
        var request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("Accept", "text/event-stream")
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofString(json)).build();
        List<Event> events = new ArrayList<>();
        try {
            HttpResponse<InputStream> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (var reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                if (response.statusCode() != 200) {
                    String body = reader.lines().reduce("", String::concat);
                    events.add(new Event("http-" + response.statusCode(), Http.parse(body)));
                    return events;
                }
                read(reader, events, stopAfter);
            }
        } catch (IOException e) {
            throw new IllegalStateException("SSE " + url + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return events;
    }

    /** The events of a stream someone else read, such as curl's output inside a network namespace. */
    public static List<Event> parse(String stream) {
        List<Event> events = new ArrayList<>();
        try {
            read(new BufferedReader(new java.io.StringReader(stream + "\n\n")), events, Integer.MAX_VALUE);
        } catch (IOException e) {
            throw new IllegalStateException(e); // a string reader does not fail
        }
        return events;
    }

    private static void read(BufferedReader reader, List<Event> events, int stopAfter) throws IOException {
        String name = "message";
        StringBuilder data = new StringBuilder();
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.startsWith("event:")) name = line.substring(6).trim();
            else if (line.startsWith("data:")) data.append(line.substring(5).trim());
            else if (line.isEmpty() && data.length() > 0) {
                events.add(new Event(name, Http.parse(data.toString())));
                if (events.size() >= stopAfter) return;
                name = "message";
                data.setLength(0);
            }
        }
    }

    public static List<Event> post(String url, String json, String token) {
        return post(url, json, token, Integer.MAX_VALUE);
    }

    public static String text(List<Event> events) {
        StringBuilder text = new StringBuilder();
        events.stream().filter(e -> e.name().equals("token")).forEach(e -> text.append(e.data().get("text").getStringValue()));
        return text.toString();
    }

    public static Event first(List<Event> events, String name) {
        return events.stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no '" + name + "' event in " + events));
    }
}
