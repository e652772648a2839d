package aura.adapters.out.generation;

import aura.application.chat.Cancellation;
import aura.application.chat.port.PeerGeneration;
import aura.application.mesh.port.MeshCredential;
import aura.application.routing.port.PeerPing;
import aura.domain.chat.BackendFailure;
import aura.domain.chat.GenerationOutcome;
import aura.domain.chat.GenerationRequest;
import aura.domain.chat.PeerProtocol;
import aura.domain.chat.TokenSink;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** The calling side of {@link PeerProtocol}: a peer's {@code /internal/generate} and {@code /internal/ping}. */
@Singleton
public record PeerClient(MeshCredential credential, ObjectMapper json) implements PeerGeneration, PeerPing {
    public static final String HEADER = PeerProtocol.CREDENTIAL_HEADER;

    @Override
    public GenerationOutcome generate(String address, int port, GenerationRequest request, TokenSink sink, Cancellation cancel) {
        return LineStream.answer("http://" + address + ":" + port + PeerProtocol.GENERATE, PeerProtocol.request(request),
                Map.of(HEADER, credential.secret()), cancel, json, sink, this::decode, "early");
    }

    @SuppressWarnings("unchecked")
    private GenerationOutcome decode(String line, TokenSink sink) {
        Map<String, Object> fields;
        try {
            fields = json.readValue(line, Map.class);
        } catch (IOException e) {
            throw new BackendFailure("a peer sent something that is not JSON");
        }
        PeerProtocol.Line said = PeerProtocol.line(fields);
        if (said instanceof PeerProtocol.Token t) {
            sink.token(t.text());
            return null;
        }
        if (said instanceof PeerProtocol.Failed f) throw new BackendFailure(f.reason());
        var done = (PeerProtocol.Done) said;
        return new GenerationOutcome(done.promptTokens(), done.outputTokens());
    }

    @Override
    public Optional<Duration> ping(String address, int port) {
        long start = System.nanoTime();
        try {
            LineStream.get("http://" + address + ":" + port + PeerProtocol.PING, Map.of(HEADER, credential.secret()),
                    Duration.ofSeconds(2));
            return Optional.of(Duration.ofNanos(System.nanoTime() - start));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
