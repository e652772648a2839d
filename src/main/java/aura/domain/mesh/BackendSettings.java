package aura.domain.mesh;

import aura.domain.problem.InvalidInput;

import java.util.Locale;
import java.util.Optional;

/**
 * The generation backend a node serves from: an Ollama server or an OpenAI-compatible one (vLLM, llama.cpp,
 * LM Studio, a hosted API), at {@code url}; {@code apiKeyEnv} names the environment variable holding its key.
 * {@code continuation} says how the server resumes an answer another node began; when absent it is detected
 * (see {@link Continuation}). {@code external}: the server is outside the mesh (a hosted API), so the gatekeeper's
 * {@code external} rules keep what they match from it.
 */
public record BackendSettings(Kind kind, String url, Optional<String> apiKeyEnv, Optional<Continuation> continuation,
                              boolean external) {
    public enum Kind { OLLAMA, OPENAI }

    /**
     * How a server resumes a partial answer sent as a final assistant message. {@code PREFILL}: it continues it
     * (Ollama, llama.cpp's server). {@code VLLM}: it continues it only when asked with
     * {@code continue_final_message: true, add_generation_prompt: false}. {@code RESTART}: it starts the answer
     * again (OpenAI's own API and most hosted ones), so it is asked the question afresh and the repeated start is
     * dropped. Undetected: Ollama is {@code PREFILL}; an OpenAI-compatible server is what its model list says it
     * is ({@code owned_by} {@code vllm} or {@code llamacpp}), else {@code RESTART}.
     */
    public enum Continuation {
        PREFILL, VLLM, RESTART;

        public static Continuation parse(String text) {
            try {
                return valueOf(text.trim().toUpperCase(Locale.ROOT));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("backend continuation '" + text + "' is unknown (expected prefill, vllm or restart)");
            }
        }
    }

    public BackendSettings {
        if (kind == null) throw new IllegalArgumentException("backend kind must be ollama or openai");
        if (url == null || !(url.startsWith("http://") || url.startsWith("https://"))) {
            throw new IllegalArgumentException("backend url must start with http:// or https:// (got '" + url + "')");
        }
        url = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        if (continuation == null) continuation = Optional.empty();
        if (kind == Kind.OLLAMA && continuation.equals(Optional.of(Continuation.VLLM))) {
            throw new IllegalArgumentException("backend continuation vllm needs kind openai (vLLM speaks OpenAI's API)");
        }
    }

    public BackendSettings(Kind kind, String url, Optional<String> apiKeyEnv, Optional<Continuation> continuation) {
        this(kind, url, apiKeyEnv, continuation, false);
    }

    public BackendSettings(Kind kind, String url, Optional<String> apiKeyEnv) {
        this(kind, url, apiKeyEnv, Optional.empty());
    }

    public BackendSettings markedExternal() {
        return new BackendSettings(kind, url, apiKeyEnv, continuation, true);
    }

    public static Kind kind(String text) {
        try {
            return Kind.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("backend kind '" + text + "' is unknown (expected ollama or openai)");
        }
    }

    /** {@code ollama:http://127.0.0.1:11434} or {@code openai:https://host/v1-root}, as AURA_BACKEND gives it. */
    public static BackendSettings parse(String spec) {
        int colon = spec.indexOf(':');
        if (colon <= 0) throw new InvalidInput("AURA_BACKEND", "AURA_BACKEND must look like ollama:http://127.0.0.1:11434");
        return new BackendSettings(kind(spec.substring(0, colon)), spec.substring(colon + 1), Optional.empty());
    }
}
