package aura.application.auth.port;

import aura.domain.auth.ApiKey;

import java.util.List;
import java.util.Optional;

/** People's API keys in the shared database. */
public interface ApiKeys {
    void save(ApiKey key);

    Optional<ApiKey> find(String id);

    List<ApiKey> forUser(String userId);
}
