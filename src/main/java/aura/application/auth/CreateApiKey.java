package aura.application.auth;

import aura.application.auth.port.ApiKeys;
import aura.domain.auth.ApiKey;
import aura.domain.auth.AuditEvent;
import aura.domain.problem.InvalidInput;
import jakarta.inject.Singleton;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * Creates one of the caller's API keys, {@code aura_<id>_<secret>}, shown this once: only the secret's hash is
 * stored. A key works until revoked, and only while its owner's account is enabled.
 */
@Singleton
public class CreateApiKey {
    private static final int MAX_KEYS = 50;

    private final ApiKeys keys;
    private final Audit audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public CreateApiKey(ApiKeys keys, Audit audit, Clock clock) {
        this.keys = keys;
        this.audit = audit;
        this.clock = clock;
    }

    public record Created(ApiKey key, String secretKey) {
    }

    public Created create(Caller caller, String name, ClientInfo client) {
        String label = name == null || name.isBlank() ? "key" : name.strip();
        if (label.length() > 100) throw new InvalidInput("name", "name must be at most 100 characters");
        if (keys.forUser(caller.userId()).stream().filter(k -> !k.revoked()).count() >= MAX_KEYS) {
            throw new InvalidInput("name", "you already have " + MAX_KEYS + " keys: revoke one first");
        }
        String id = UUID.randomUUID().toString().replace("-", "");
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String secretText = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        var key = new ApiKey(id, caller.userId(), label, SessionFactory.hash(secretText), clock.instant(), Optional.empty(), false);
        keys.save(key);
        audit.record(AuditEvent.Type.USER_CHANGED, caller.username(), client, "API key " + id + " created");
        return new Created(key, ApiKey.PREFIX + id + "_" + secretText);
    }
}
