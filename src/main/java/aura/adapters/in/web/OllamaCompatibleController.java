package aura.adapters.in.web;

import aura.application.chat.CompleteChat;
import aura.application.chat.ListMeshModels;
import aura.application.chat.RoutedGeneration;
import aura.domain.chat.ChatTurn;
import aura.domain.problem.InvalidInput;
import aura.domain.routing.RoutingDecision;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.serde.annotation.Serdeable;
import reactor.core.publisher.Sinks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Ollama's API over the whole mesh, so Ollama clients can point at {@code http://node:3000/ollama}:
 * {@code POST /ollama/api/chat} (NDJSON stream, or one object with {@code stream: false}) and
 * {@code GET /ollama/api/tags}. Routed exactly like the UI's chat.
 */
@Controller("/ollama/api")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class OllamaCompatibleController {
    private final CompleteChat completeChat;
    private final ListMeshModels models;
    private final ObjectMapper json;

    OllamaCompatibleController(CompleteChat completeChat, ListMeshModels models, ObjectMapper json) {
        this.completeChat = completeChat;
        this.models = models;
        this.json = json;
    }

    @Serdeable
    record Message(@Nullable String role, @Nullable String content) {
    }

    @Serdeable
    record ChatRequest(@Nullable String model, @Nullable List<Message> messages, @Nullable Boolean stream,
                       @Nullable Map<String, Object> options) {
    }

    @Get("/tags")
    Map<String, Object> tags() {
        return Map.of("models", models.list().stream().map(m -> Map.of("name", m.name(), "model", m.name())).toList());
    }

    @Post(value = "/chat", produces = "application/x-ndjson")
    HttpResponse<?> chat(@Body ChatRequest body) {
        if (body.messages() == null || body.messages().isEmpty()) throw new InvalidInput("messages", "messages must not be empty");
        List<ChatTurn> turns = body.messages().stream()
                .map(m -> new ChatTurn(InternalController.speaker(m.role()), m.content())).toList();
        OptionalInt maxTokens = OptionalInt.empty();
        if (body.options() != null && body.options().get("num_predict") instanceof Number n) maxTokens = OptionalInt.of(n.intValue());
        boolean stream = body.stream() == null || body.stream();
        Sinks.Many<String> lines = Sinks.many().unicast().onBackpressureBuffer();
        completeChat.complete(body.model(), turns, maxTokens, new Lines(lines, body.model(), stream));
        if (stream) return HttpResponse.ok(lines.asFlux()).contentType("application/x-ndjson");
        String whole = lines.asFlux().blockLast();
        return HttpResponse.ok(whole == null ? "{}" : whole.strip()).contentType("application/json");
    }

    private final class Lines implements RoutedGeneration.Observer {
        private final Sinks.Many<String> lines;
        private final String model;
        private final boolean stream;

        Lines(Sinks.Many<String> lines, String model, boolean stream) {
            this.lines = lines;
            this.model = model;
            this.stream = stream;
        }

        private Map<String, Object> message(String content, boolean done) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("model", model);
            m.put("created_at", Instant.now().toString());
            m.put("message", Map.of("role", "assistant", "content", content));
            m.put("done", done);
            return m;
        }

        public void routed(String decisionId, RoutingDecision decision) { }

        public void failover(String fromNode, String toNode, String reason) { }

        @Override
        public void token(String text) {
            if (stream) lines.tryEmitNext(write(message(text, false)));
        }

        @Override
        public void done(RoutedGeneration.Result r) {
            Map<String, Object> end = message(stream ? "" : r.text(), true);
            end.put("done_reason", "stop");
            end.put("prompt_eval_count", r.promptTokens());
            end.put("eval_count", r.outputTokens());
            end.put("total_duration", r.totalMillis() * 1_000_000);
            lines.tryEmitNext(write(end));
            lines.tryEmitComplete();
        }

        @Override
        public void failed(RoutedGeneration.Failure f) {
            lines.tryEmitNext(write(Map.of("error", f.reason())));
            lines.tryEmitComplete();
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
