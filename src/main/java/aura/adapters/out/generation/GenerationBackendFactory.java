package aura.adapters.out.generation;

import io.micronaut.core.annotation.Nullable;
import aura.application.chat.port.GenerationBackend;
import aura.domain.mesh.BackendSettings;
import io.micronaut.context.annotation.Factory;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The node's backend from its inventory entry or {@code AURA_BACKEND} (a bean only when one is named); a node without one is still a full node that generates nothing. */
@Factory
class GenerationBackendFactory {
    @Singleton
    GenerationBackend backend(@Nullable BackendSettings configured, ObjectMapper json) {
        Optional<BackendSettings> backend = Optional.ofNullable(configured);
        if (backend.isEmpty()) return new NoBackend();
        BackendSettings b = backend.get();
        return switch (b.kind()) {
            case OLLAMA -> new OllamaBackend(b.url(), b.continuation(), json);
            case OPENAI -> new OpenAiBackend(b.url(), b.apiKeyEnv().map(System::getenv), b.continuation(), json);
        };
    }

    /** A node with no backend configured: serves no model. */
    static final class NoBackend implements GenerationBackend {
        @Override
        public List<String> models() {
            return List.of();
        }

        @Override
        public Set<String> loadedModels() {
            return Set.of();
        }

        @Override
        public aura.domain.chat.GenerationOutcome generate(aura.domain.chat.GenerationRequest request,
                                                           aura.domain.chat.TokenSink sink,
                                                           aura.application.chat.Cancellation cancel) {
            throw new aura.domain.chat.BackendFailure("this node has no generation backend");
        }
    }
}
