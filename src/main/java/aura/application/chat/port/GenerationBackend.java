package aura.application.chat.port;

import aura.application.chat.Cancellation;
import aura.domain.chat.BackendFailure;
import aura.domain.chat.GenerationOutcome;
import aura.domain.chat.GenerationRequest;
import aura.domain.chat.TokenSink;

import java.util.List;
import java.util.Set;

/** This node's own generation backend (Ollama or an OpenAI-compatible server). */
public interface GenerationBackend {
    /** The models the backend can serve; empty when it cannot be reached. */
    List<String> models();

    /** The models loaded in memory right now (a subset of {@link #models()}). */
    Set<String> loadedModels();

    /**
     * Streams the answer into {@code sink} and returns when it is complete. {@code cancel} lets the caller stop a
     * stalled stream: the adapter registers how to abort, and then throws {@link BackendFailure}.
     */
    GenerationOutcome generate(GenerationRequest request, TokenSink sink, Cancellation cancel);
}
