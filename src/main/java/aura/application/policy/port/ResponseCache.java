package aura.application.policy.port;

import aura.domain.policy.CachedAnswer;

import java.util.Optional;

/**
 * Answers of deterministic requests, by {@link aura.domain.policy.ResponseKey}, for a while (the adapter's time to
 * live). A cache that cannot be reached is a miss, never a failure.
 */
public interface ResponseCache {
    Optional<CachedAnswer> find(String key);

    void keep(String key, CachedAnswer answer);
}
