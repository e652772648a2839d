package aura.application.auth.port;

import aura.domain.auth.ApiKey;

import java.util.List;
import java.util.Optional;

/** People's API keys in the shared database. */
public interface ApiKeys {
    void save(ApiKey key);

    Optional<ApiKey> find(String id);

    /**
     * The key if this node read it within the last second and found it; empty when it would have to read. Never
     * waits for the database, so a request can be checked on the thread that received it.
     */
    default Optional<ApiKey> remembered(String id) {
        return Optional.empty();
    }

    List<ApiKey> forUser(String userId);
}
