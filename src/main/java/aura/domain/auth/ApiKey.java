package aura.domain.auth;

import java.time.Instant;
import java.util.Optional;

/**
 * A key a person gives a program (an OpenAI or Ollama client) instead of logging in. The secret is shown once,
 * at creation; only its SHA-256 hash is kept.
 */
public record ApiKey(String id, String userId, String name, String hash, Instant created, Optional<Instant> lastUsed,
                     boolean revoked) {
    public static final String PREFIX = "aura_";

    public ApiKey {
        if (id == null || userId == null || hash == null || created == null) throw new IllegalArgumentException("API key is incomplete");
        if (name == null || name.isBlank()) name = "key";
        if (lastUsed == null) lastUsed = Optional.empty();
    }

    public ApiKey revokedNow() {
        return new ApiKey(id, userId, name, hash, created, lastUsed, true);
    }

    public ApiKey usedAt(Instant at) {
        return new ApiKey(id, userId, name, hash, created, Optional.of(at), revoked);
    }
}
