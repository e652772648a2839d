package aura.adapters.out.generation;

import aura.application.chat.port.GenerationBackend;
import aura.domain.mesh.BackendSettings;
import aura.domain.mesh.NodeSettings;
import io.micronaut.context.annotation.Factory;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The node's backend from its settings; a node without one is still a full node that generates nothing. */
@Factory
class GenerationBackendFactory {
    @Singleton
    GenerationBackend backend(NodeSettings settings, ObjectMapper json) {
        Optional<BackendSettings> backend = settings.backend();
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
