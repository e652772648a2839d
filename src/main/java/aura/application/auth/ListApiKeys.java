package aura.application.auth;

import aura.application.auth.port.ApiKeys;
import aura.domain.auth.ApiKey;
import jakarta.inject.Singleton;

import java.util.List;

/** The caller's API keys that still work (never their secrets). */
@Singleton
public record ListApiKeys(ApiKeys keys) {
    public List<ApiKey> list(Caller caller) {
        return keys.forUser(caller.userId()).stream().filter(k -> !k.revoked()).toList();
    }
}
