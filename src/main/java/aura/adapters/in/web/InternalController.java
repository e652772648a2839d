package aura.adapters.in.web;

import aura.application.chat.Cancellation;
import aura.application.chat.RunGeneration;
import aura.application.mesh.MeshCredential;
import aura.domain.auth.AuthenticationFailed;
import aura.domain.chat.ChatTurn;
import aura.domain.chat.GenerationRequest;
import aura.domain.problem.InvalidInput;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Named;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;

/**
 * Node-to-node calls. Every one needs the mesh credential in {@code X-Aura-Mesh}; without it the answer is 401
 * and nothing runs. {@code /internal/generate} runs the generation on this node's own backend and streams it back
 * as NDJSON; if the caller goes away, the generation is cancelled.
 */
@Controller("/internal")
@Secured(SecurityRule.IS_ANONYMOUS)
class InternalController {
    private static final String HEADER = "X-Aura-Mesh";

    private final MeshCredential credential;
    private final RunGeneration runGeneration;
    private final ObjectMapper json;
    private final ExecutorService executor;

    InternalController(MeshCredential credential, RunGeneration runGeneration, ObjectMapper json,
                       @Named(TaskExecutors.BLOCKING) ExecutorService executor) {
        this.credential = credential;
        this.runGeneration = runGeneration;
        this.json = json;
        this.executor = executor;
    }

    @Serdeable
    record Turn(@Nullable String role, @Nullable String content) {
    }

    @Serdeable
    record GenerateBody(@Nullable String model, @Nullable List<Turn> messages, @Nullable Integer maxTokens) {
    }

    @Get(value = "/ping", produces = "text/plain")
    HttpResponse<String> ping(@Nullable @Header(HEADER) String secret) {
        return credential.matches(secret) ? HttpResponse.ok("pong") : HttpResponse.status(HttpStatus.UNAUTHORIZED);
    }

    @Post(value = "/generate", produces = "application/x-ndjson")
    HttpResponse<?> generate(@Nullable @Header(HEADER) String secret, @Nullable @Body GenerateBody body) {
        if (!credential.matches(secret)) throw new AuthenticationFailed("the mesh credential is missing or wrong");
        if (body == null) throw new InvalidInput("model", "a JSON body with model and messages is required");
        GenerationRequest request = request(body);
        Flux<String> lines = Flux.create(sink -> {
            Cancellation cancel = new Cancellation();
            sink.onDispose(cancel::cancel);
            executor.execute(() -> run(request, sink, cancel));
        }, FluxSink.OverflowStrategy.BUFFER);
        return HttpResponse.ok(lines).contentType("application/x-ndjson");
    }

    private void run(GenerationRequest request, FluxSink<String> sink, Cancellation cancel) {
        try {
            var outcome = runGeneration.run(request, text -> sink.next(line(Map.of("t", text))), cancel);
            sink.next(line(Map.of("done", true, "promptTokens", outcome.promptTokens(), "outputTokens", outcome.outputTokens())));
        } catch (RuntimeException e) {
            sink.next(line(Map.of("error", String.valueOf(e.getMessage()))));
        }
        sink.complete();
    }

    private String line(Map<String, Object> value) {
        try {
            return json.writeValueAsString(value) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static GenerationRequest request(GenerateBody body) {
        if (body.model() == null || body.model().isBlank()) throw new InvalidInput("model", "model is required");
        if (body.maxTokens() != null && body.maxTokens() < 1) throw new InvalidInput("maxTokens", "maxTokens must be at least 1");
        if (body.messages() == null || body.messages().isEmpty()) throw new InvalidInput("messages", "messages are required");
        if (body.messages().stream().anyMatch(java.util.Objects::isNull)) throw new InvalidInput("messages", "every message must be an object with role and content");
        List<ChatTurn> turns = body.messages().stream().map(t -> new ChatTurn(speaker(t.role()), t.content())).toList();
        return new GenerationRequest(body.model(), turns,
                body.maxTokens() == null ? OptionalInt.empty() : OptionalInt.of(body.maxTokens()));
    }

    static ChatTurn.Speaker speaker(String role) {
        try {
            return ChatTurn.Speaker.valueOf(String.valueOf(role).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("messages", "role must be system, user or assistant (got '" + role + "')");
        }
    }
}
