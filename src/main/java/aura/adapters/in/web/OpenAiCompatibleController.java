package aura.adapters.in.web;

import aura.application.chat.CompleteChat;
import aura.application.policy.AdmitGeneration;
import aura.application.chat.ListMeshModels;
import aura.application.chat.RoutedGeneration;
import aura.domain.chat.ChatTurn;
import aura.domain.problem.InvalidInput;
import aura.domain.problem.Unavailable;
import aura.domain.routing.RoutingDecision;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.sse.Event;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.serde.annotation.Serdeable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * OpenAI's API over the whole mesh: {@code POST /v1/chat/completions} (streaming and not) and {@code GET /v1/models}.
 * Requests are routed exactly like the UI's chat. Authentication: a Bearer access token or a per-user API key.
 */
@Controller("/v1")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
record OpenAiCompatibleController(CompleteChat completeChat, ListMeshModels listMeshModels, ObjectMapper json) {
    private static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    @Serdeable
    record Message(@Nullable String role, @Nullable Object content) {
    }

    @Serdeable
    record CompletionRequest(@Nullable String model, @Nullable List<Message> messages, @Nullable Boolean stream,
                             @Nullable Integer max_tokens, @Nullable Integer max_completion_tokens,
                             @Nullable Double temperature) {
    }

    @Get("/models")
    Map<String, Object> models() {
        long created = Instant.now().getEpochSecond();
        return Map.of("object", "list", "data", listMeshModels.list().stream().map(m -> Map.of("id", m.name(), "object", "model",
                "created", created, "owned_by", String.join(",", m.nodes()))).toList());
    }

    @Post(value = "/chat/completions", produces = {MediaType.APPLICATION_JSON, MediaType.TEXT_EVENT_STREAM})
    HttpResponse<?> complete(Authentication auth, @Body CompletionRequest body) throws InterruptedException {
        var user = RequestContext.caller(auth);
        List<ChatTurn> turns = MessageTurns.of(body.messages(), m -> new ChatTurn(speaker(m.role()), text(m.content())));
        Integer max = body.max_completion_tokens() != null ? body.max_completion_tokens() : body.max_tokens();
        OptionalInt maxTokens = max == null ? OptionalInt.empty() : OptionalInt.of(max);
        java.util.OptionalDouble temperature = body.temperature() == null ? java.util.OptionalDouble.empty()
                : java.util.OptionalDouble.of(body.temperature());
        String id = "chatcmpl-" + UUID.randomUUID().toString().replace("-", "");
        long created = Instant.now().getEpochSecond();
        if (Boolean.TRUE.equals(body.stream())) {
            Sinks.Many<Event<String>> events = Sinks.many().unicast().onBackpressureBuffer();
            completeChat.complete(user, body.model(), turns, maxTokens, temperature, new Streamed(events, id, created, body.model()));
            return HttpResponse.ok(events.asFlux()).contentType(MediaType.TEXT_EVENT_STREAM_TYPE);
        }
        CompletableFuture<Object> answer = new CompletableFuture<>();
        String model = completeChat.complete(user, body.model(), turns, maxTokens, temperature, new Collected(answer)).model();
        try {
            Object outcome = answer.get();
            if (outcome instanceof RoutedGeneration.Failure f) {
                throw new Unavailable(f.reason(), RETRY_AFTER);
            }
            var r = (RoutedGeneration.Result) outcome;
            return HttpResponse.ok(Map.of("id", id, "object", "chat.completion", "created", created, "model", model,
                    "system_fingerprint", "aura:" + r.servedBy(),
                    "choices", List.of(Map.of("index", 0, "message", Map.of("role", "assistant", "content", r.text()),
                            "finish_reason", "stop")),
                    "usage", Map.of("prompt_tokens", r.promptTokens(), "completion_tokens", r.outputTokens(),
                            "total_tokens", r.promptTokens() + r.outputTokens())));
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** A mesh that cannot answer now, in OpenAI's error shape (the same mapping as every other refusal). */
    static Map<String, Object> unavailable(String reason) {
        return ErrorAnswers.body(ErrorAnswers.Door.OPENAI,
                ErrorAnswers.Answer.of(new Unavailable(reason, RETRY_AFTER)));
    }

    static ChatTurn.Speaker speaker(@Nullable String role) {
        if ("developer".equals(role)) return ChatTurn.Speaker.SYSTEM;
        return InternalController.speaker(role);
    }

    /** Content is a string, or a list of parts of which the text parts count. */
    @SuppressWarnings("unchecked")
    static String text(@Nullable Object content) {
        if (content == null) return "";
        if (content instanceof String s) return s;
        if (content instanceof List<?> parts) {
            StringBuilder text = new StringBuilder();
            for (Object part : parts) {
                if (part instanceof Map<?, ?> map && "text".equals(map.get("type"))) text.append(map.get("text"));
            }
            return text.toString();
        }
        throw new InvalidInput("messages", "message content must be a string or a list of parts");
    }

    private final class Streamed implements RoutedGeneration.Observer {
        private final Sinks.Many<Event<String>> events;
        private final String id;
        private final long created;
        private String model;
        private boolean first = true;

        Streamed(Sinks.Many<Event<String>> events, String id, long created, String model) {
            this.events = events;
            this.id = id;
            this.created = created;
            this.model = model;
        }

        private void chunk(Map<String, Object> delta, @Nullable String finish, @Nullable Map<String, Object> usage) {
            Map<String, Object> choice = new LinkedHashMap<>();
            choice.put("index", 0);
            choice.put("delta", delta);
            choice.put("finish_reason", finish);
            Map<String, Object> chunk = new LinkedHashMap<>();
            chunk.put("id", id);
            chunk.put("object", "chat.completion.chunk");
            chunk.put("created", created);
            chunk.put("model", model);
            chunk.put("choices", List.of(choice));
            if (usage != null) chunk.put("usage", usage);
            events.tryEmitNext(Event.of(write(chunk)));
        }

        @Override
        public void admitted(AdmitGeneration.Admission admission) {
            model = admission.model(); // "auto" or none named: the chunks name the tier's model
        }

        @Override
        public void routed(String decisionId, RoutingDecision decision) {
        }

        @Override
        public void token(String text) {
            chunk(first ? Map.of("role", "assistant", "content", text) : Map.of("content", text), null, null);
            first = false;
        }

        @Override
        public void failover(String fromNode, String toNode, String reason) {
        }

        @Override
        public void done(RoutedGeneration.Result r) {
            chunk(Map.of(), "stop", Map.of("prompt_tokens", r.promptTokens(), "completion_tokens", r.outputTokens(),
                    "total_tokens", r.promptTokens() + r.outputTokens()));
            events.tryEmitNext(Event.of("[DONE]"));
            events.tryEmitComplete();
        }

        @Override
        public void failed(RoutedGeneration.Failure f) {
            events.tryEmitNext(Event.of(write(unavailable(f.reason()))));
            events.tryEmitNext(Event.of("[DONE]"));
            events.tryEmitComplete();
        }
    }

    private record Collected(CompletableFuture<Object> answer) implements RoutedGeneration.Observer {
        public void routed(String decisionId, RoutingDecision decision) { }
        public void token(String text) { }
        public void failover(String fromNode, String toNode, String reason) { }
        public void done(RoutedGeneration.Result result) { answer.complete(result); }
        public void failed(RoutedGeneration.Failure failure) { answer.complete(failure); }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
