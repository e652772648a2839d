package aura.adapters.out.generation;

import aura.application.chat.Cancellation;
import aura.domain.chat.BackendFailure;
import aura.domain.chat.GenerationOutcome;
import aura.domain.chat.GenerationRequest;
import aura.domain.chat.TokenSink;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The one streaming-line client of the generation adapters (Ollama, OpenAI-compatible servers, peers): POSTs JSON
 * and hands the streamed answer back line by line (NDJSON or SSE). A cancellation closes the stream,
 * which ends the read with a {@link BackendFailure}; so does a connect error or an HTTP error status.
 */
final class LineStream {
    /**
     * The client's own completions run on its selector thread ({@code executor(Runnable::run)}), not handed to a
     * pool first: the generation thread waits in {@code send} and then reads the body stream itself, so nothing
     * that blocks ever runs there, and the response headers and each chunk of the stream reach the waiting thread
     * one thread hop sooner (the first token's path had two such hops).
     */
    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3))
            .version(HttpClient.Version.HTTP_1_1).executor(Runnable::run).build();

    private LineStream() {
    }

    /** Feeds each line to {@code onLine} until it returns false or the stream ends. */
    static void post(String url, String json, Map<String, String> headers, Cancellation cancel, Predicate<String> onLine) {
        var builder = HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json").header("Accept", "application/x-ndjson, text/event-stream");
        headers.forEach(builder::header);
        HttpResponse<InputStream> response;
        try {
            response = CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (ConnectException e) {
            throw new BackendFailure("cannot connect to " + host(url));
        } catch (HttpTimeoutException e) {
            throw new BackendFailure("no answer from " + host(url) + " in time");
        } catch (IOException e) {
            throw new BackendFailure("connection to " + host(url) + " failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BackendFailure("interrupted");
        }
        InputStream body = response.body();
        cancel.onCancel(() -> closeQuietly(body));
        try (var reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            if (response.statusCode() >= 400) {
                String text = reader.lines().limit(20).reduce("", (a, b) -> a + b);
                throw new BackendFailure(host(url) + " answered " + response.statusCode() + errorText(text));
            }
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !onLine.test(line)) {
                    drain(reader, body);
                    return;
                }
            }
        } catch (IOException e) {
            throw new BackendFailure(cancel.cancelled() ? "stalled: no token in time from " + host(url)
                    : "stream from " + host(url) + " broke: " + e.getMessage());
        }
        if (cancel.cancelled()) throw new BackendFailure("stalled: no token in time from " + host(url));
    }

    /** What one line of a streamed answer says: a token goes to the sink; the last line gives the outcome. */
    interface Decoder {
        /** The outcome when this line ends the answer, else null. */
        GenerationOutcome decode(String line, TokenSink sink);
    }

    /**
     * POSTs {@code body} as JSON and streams the answer through {@code decoder} into {@code sink}; a stream that
     * ends before its last line is a {@link BackendFailure} saying {@code endMissing}.
     */
    static GenerationOutcome answer(String url, Object body, Map<String, String> headers, Cancellation cancel,
                                    ObjectMapper json, TokenSink sink, Decoder decoder, String endMissing) {
        GenerationOutcome[] outcome = {null};
        post(url, write(json, body), headers, cancel, line -> (outcome[0] = decoder.decode(line, sink)) == null);
        if (outcome[0] == null) throw new BackendFailure("the stream from " + host(url) + " ended " + endMissing);
        return outcome[0];
    }

    /** The turns as OpenAI and Ollama both take them. */
    static List<Map<String, String>> messages(GenerationRequest request) {
        return request.turns().stream().map(t -> Map.of("role", t.role(), "content", t.content())).toList();
    }

    static JsonNode parse(ObjectMapper json, String text, String who) {
        try {
            return json.readValue(text, JsonNode.class);
        } catch (IOException e) {
            throw new BackendFailure(who + " sent something that is not JSON: " + (text.length() > 200 ? text.substring(0, 200) : text));
        }
    }

    static int intField(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value != null && value.isNumber() ? value.getIntValue() : 0;
    }

    static String write(ObjectMapper json, Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String get(String url, Map<String, String> headers, Duration timeout) throws IOException, InterruptedException {
        var builder = HttpRequest.newBuilder(URI.create(url)).timeout(timeout).GET();
        headers.forEach(builder::header);
        HttpResponse<String> response = CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 400) throw new IOException(host(url) + " answered " + response.statusCode());
        return response.body();
    }

    /** The names in a model list ({@code body[array][*][field]}); empty when the server cannot be reached. */
    static List<String> names(ObjectMapper json, String url, Map<String, String> headers, String array, String field) {
        try {
            var body = json.readValue(get(url, headers, Duration.ofSeconds(2)), JsonNode.class);
            List<String> names = new java.util.ArrayList<>();
            var entries = body.get(array);
            if (entries != null) entries.values().forEach(m -> names.add(m.get(field).getStringValue()));
            return names;
        } catch (IOException | RuntimeException e) {
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }

    static String host(String url) {
        URI uri = URI.create(url);
        return uri.getHost() + ":" + uri.getPort();
    }

    private static String errorText(String body) {
        return body.isBlank() ? "" : ": " + (body.length() > 200 ? body.substring(0, 200) : body);
    }

    /**
     * Reads what follows an answer's last line (the end of the chunked body), so the connection goes back to the
     * client's pool and the next generation skips a new connection; a server that keeps the stream open, or sends
     * more than a little, is cut off (that connection is then closed, as before).
     */
    private static void drain(BufferedReader reader, InputStream body) {
        var cutOff = DRAIN_TIMER.schedule(() -> closeQuietly(body), 1, TimeUnit.SECONDS);
        try {
            char[] buffer = new char[1024];
            int total = 0;
            int read;
            while ((read = reader.read(buffer)) >= 0 && (total += read) < 64 * 1024) {
                // nothing to keep
            }
        } catch (IOException e) {
            // cut off or broken after the answer was complete: nothing lost
        } finally {
            cutOff.cancel(false);
        }
    }

    private static final ScheduledExecutorService DRAIN_TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "backend-drain-timer");
        t.setDaemon(true);
        return t;
    });

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // closing to abort: nothing more to do
        }
    }
}
