package aura.application.auth;

import aura.domain.auth.ApiKey;
import aura.domain.auth.AuditEvent;
import aura.domain.problem.InvalidInput;
import aura.domain.problem.NotFound;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A person's API keys: create (the key is shown this once), list, revoke; and checking a presented key. A key is
 * {@code aura_<id>_<secret>}; it works until revoked, and only for its owner while the owner's account is enabled.
 */
@Singleton
public class ManageApiKeys {
    private static final int MAX_KEYS = 50;
    static final long RECHECK_NANOS = 5_000_000_000L;

    private final java.util.Map<String, Checked> recent = new java.util.concurrent.ConcurrentHashMap<>();

    private final ApiKeys keys;
    private final UserAccounts users;
    private final Audit audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public ManageApiKeys(ApiKeys keys, UserAccounts users, Audit audit, Clock clock) {
        this.keys = keys;
        this.users = users;
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

    public List<ApiKey> list(Caller caller) {
        return keys.forUser(caller.userId()).stream().filter(k -> !k.revoked()).toList();
    }

    public void revoke(Caller caller, String id, ClientInfo client) {
        ApiKey key = keys.find(id).filter(k -> k.userId().equals(caller.userId()) && !k.revoked())
                .orElseThrow(() -> new NotFound("no API key " + id));
        keys.save(key.revokedNow());
        recent.entrySet().removeIf(e -> e.getValue().caller().sessionId().equals("api-key:" + id));
        audit.record(AuditEvent.Type.USER_CHANGED, caller.username(), client, "API key " + id + " revoked");
    }

    /**
     * The caller a presented key stands for; empty for anything that is not a live key of an enabled user. A key
     * checked in the last few seconds is not looked up again (revoking on this node forgets it at once; other
     * nodes within {@link #RECHECK_NANOS}).
     */
    public Optional<Caller> authenticate(String presented) {
        if (presented == null || !presented.startsWith(ApiKey.PREFIX)) return Optional.empty();
        Checked checked = recent.get(presented);
        if (checked != null && System.nanoTime() - checked.at() < RECHECK_NANOS) return Optional.of(checked.caller());
        Optional<Caller> caller = lookUp(presented);
        if (recent.size() > 10_000) recent.clear();
        caller.ifPresentOrElse(c -> recent.put(presented, new Checked(c, System.nanoTime())), () -> recent.remove(presented));
        return caller;
    }

    private record Checked(Caller caller, long at) {
    }

    private Optional<Caller> lookUp(String presented) {
        String rest = presented.substring(ApiKey.PREFIX.length());
        int split = rest.indexOf('_');
        if (split != 32) return Optional.empty();
        String id = rest.substring(0, split);
        String secret = rest.substring(split + 1);
        return keys.find(id).filter(k -> !k.revoked())
                .filter(k -> MessageDigest.isEqual(k.hash().getBytes(StandardCharsets.US_ASCII), SessionFactory.hash(secret).getBytes(StandardCharsets.US_ASCII)))
                .flatMap(k -> users.byId(k.userId()).filter(u -> !u.disabled())
                        .map(u -> new Caller(u.id(), u.username(), u.admin(), "api-key:" + k.id())));
    }

}
