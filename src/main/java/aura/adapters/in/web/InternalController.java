package aura.adapters.in.web;

import aura.application.chat.Cancellation;
import aura.application.chat.RunGeneration;
import aura.application.mesh.port.MeshCredential;
import aura.domain.auth.AuthenticationFailed;
import aura.domain.chat.ChatTurn;
import aura.domain.chat.GenerationRequest;
import aura.domain.chat.PeerProtocol;
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
import jakarta.inject.Named;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ExecutorService;

/**
 * The answering side of {@link PeerProtocol}, node-to-node calls. Every one needs the mesh credential; without it
 * the answer is 401 and nothing runs. {@code /internal/generate} runs the generation on this node's own backend
 * and streams it back as NDJSON; if the caller goes away, the generation is cancelled.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class InternalController {
    private static final String HEADER = PeerProtocol.CREDENTIAL_HEADER;

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

    @Get(value = PeerProtocol.PING, produces = "text/plain")
    HttpResponse<String> ping(@Nullable @Header(HEADER) String secret) {
        return credential.matches(secret) ? HttpResponse.ok("pong") : HttpResponse.status(HttpStatus.UNAUTHORIZED);
    }

    @Post(value = PeerProtocol.GENERATE, produces = "application/x-ndjson")
    HttpResponse<?> generate(@Nullable @Header(HEADER) String secret, @Body Map<String, Object> body) {
        if (!credential.matches(secret)) throw new AuthenticationFailed("the mesh credential is missing or wrong");
        GenerationRequest request = PeerProtocol.request(body);
        Flux<String> lines = Flux.create(sink -> {
            Cancellation cancel = new Cancellation();
            sink.onDispose(cancel::cancel);
            executor.execute(() -> run(request, sink, cancel));
        }, FluxSink.OverflowStrategy.BUFFER);
        return HttpResponse.ok(lines).contentType("application/x-ndjson");
    }

    private void run(GenerationRequest request, FluxSink<String> sink, Cancellation cancel) {
        try {
            var outcome = runGeneration.run(request, text -> sink.next(line(new PeerProtocol.Token(text))), cancel);
            sink.next(line(new PeerProtocol.Done(outcome.promptTokens(), outcome.outputTokens())));
        } catch (RuntimeException e) {
            sink.next(line(new PeerProtocol.Failed(String.valueOf(e.getMessage()))));
        }
        sink.complete();
    }

    private String line(PeerProtocol.Line value) {
        try {
            return json.writeValueAsString(PeerProtocol.fields(value)) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static ChatTurn.Speaker speaker(String role) {
        return PeerProtocol.speaker(role);
    }
}
