package aura.application.auth;

import aura.application.auth.port.ApiKeys;
import aura.domain.auth.ApiKey;
import aura.domain.auth.AuditEvent;
import aura.domain.problem.NotFound;
import jakarta.inject.Singleton;

/** Revokes one of the caller's own API keys; someone else's is not found. */
@Singleton
public record RevokeApiKey(ApiKeys keys, Audit audit) {
    public void revoke(Caller caller, String id, ClientInfo client) {
        ApiKey key = keys.find(id).filter(k -> k.userId().equals(caller.userId()) && !k.revoked())
                .orElseThrow(() -> new NotFound("no API key " + id));
        keys.save(key.revokedNow());
        audit.record(AuditEvent.Type.USER_CHANGED, caller.username(), client, "API key " + id + " revoked");
    }
}
