package aura.domain.mesh;

import aura.domain.problem.InvalidInput;

import java.util.Locale;
import java.util.Optional;

/**
 * The generation backend a node serves from: an Ollama server or an OpenAI-compatible one (vLLM, llama.cpp,
 * LM Studio, a hosted API), at {@code url}; {@code apiKeyEnv} names the environment variable holding its key.
 */
public record BackendSettings(Kind kind, String url, Optional<String> apiKeyEnv) {
    public enum Kind { OLLAMA, OPENAI }

    public BackendSettings {
        if (kind == null) throw new IllegalArgumentException("backend kind must be ollama or openai");
        if (url == null || !(url.startsWith("http://") || url.startsWith("https://"))) {
            throw new IllegalArgumentException("backend url must start with http:// or https:// (got '" + url + "')");
        }
        url = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
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
