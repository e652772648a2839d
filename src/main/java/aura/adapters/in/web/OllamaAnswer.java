package aura.adapters.in.web;

import aura.application.chat.RoutedGeneration;
import aura.domain.problem.Unavailable;
import aura.domain.routing.RoutingDecision;
import io.micronaut.serde.ObjectMapper;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * One answer in Ollama's shapes: {@code /api/chat} puts the text in {@code message.content}, {@code /api/generate}
 * in {@code response}. Streamed, it is one NDJSON line per token and a last line with {@code done: true},
 * {@code done_reason}, the token counts and the durations in nanoseconds; a failure mid-stream is a line
 * {@code {"error": ...}}, as Ollama writes it. Not streamed, it is that last line with the whole text.
 */
final class OllamaAnswer implements RoutedGeneration.Observer {
    enum Shape { CHAT, GENERATE }

    private final ObjectMapper json;
    private final Shape shape;
    private final String model;
    private final OptionalInt maxTokens;
    private final boolean stream;
    private final Sinks.Many<String> lines = Sinks.many().unicast().onBackpressureBuffer();
    private final CompletableFuture<Object> outcome = new CompletableFuture<>();

    OllamaAnswer(ObjectMapper json, Shape shape, String model, OptionalInt maxTokens, boolean stream) {
        this.json = json;
        this.shape = shape;
        this.model = model;
        this.maxTokens = maxTokens;
        this.stream = stream;
    }

    Flux<String> lines() {
        return lines.asFlux();
    }

    /** Waits for the whole answer; a generation no node could finish is a 503 with Ollama's error shape. */
    String whole() {
        try {
            Object o = outcome.get();
            if (o instanceof RoutedGeneration.Failure f) throw new Unavailable(f.reason(), Duration.ofSeconds(5));
            return write(last((RoutedGeneration.Result) o, ((RoutedGeneration.Result) o).text()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted while waiting for the answer", Duration.ofSeconds(1));
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private Map<String, Object> line(String text, boolean done) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("model", model);
        m.put("created_at", Instant.now().toString());
        if (shape == Shape.CHAT) m.put("message", Map.of("role", "assistant", "content", text));
        else m.put("response", text);
        m.put("done", done);
        return m;
    }

    private Map<String, Object> last(RoutedGeneration.Result r, String text) {
        Map<String, Object> end = line(text, true);
        boolean capped = maxTokens.isPresent() && r.outputTokens() >= maxTokens.getAsInt();
        end.put("done_reason", capped ? "length" : "stop");
        long total = r.totalMillis() * 1_000_000;
        long promptEval = r.firstTokenMillis() * 1_000_000;
        end.put("total_duration", total);
        end.put("load_duration", 0L);
        end.put("prompt_eval_count", r.promptTokens());
        end.put("prompt_eval_duration", promptEval);
        end.put("eval_count", r.outputTokens());
        end.put("eval_duration", Math.max(0, total - promptEval));
        return end;
    }

    @Override
    public void routed(String decisionId, RoutingDecision decision) {
    }

    @Override
    public void failover(String fromNode, String toNode, String reason) {
    }

    @Override
    public void token(String text) {
        if (stream) lines.tryEmitNext(write(line(text, false)) + "\n");
    }

    @Override
    public void done(RoutedGeneration.Result r) {
        outcome.complete(r);
        if (!stream) return;
        lines.tryEmitNext(write(last(r, "")) + "\n");
        lines.tryEmitComplete();
    }

    @Override
    public void failed(RoutedGeneration.Failure f) {
        outcome.complete(f);
        if (!stream) return;
        lines.tryEmitNext(write(Map.of("error", f.reason())) + "\n");
        lines.tryEmitComplete();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
