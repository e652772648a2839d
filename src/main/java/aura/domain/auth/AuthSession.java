package aura.domain.auth;

import java.time.Instant;

/**
 * A login: who, where it was made, when last used, and the hash of the one refresh token that may still be
 * presented. A session lives until logout, revocation, or its refresh lifetime ends.
 */
public record AuthSession(String id, String userId, String username, boolean admin, String node, Instant created,
                          Instant lastSeen, String clientAddress, String userAgent, String refreshHash,
                          Instant expires) {
    public AuthSession {
        if (id == null || userId == null || username == null || node == null || created == null
                || lastSeen == null || refreshHash == null || expires == null) {
            throw new IllegalArgumentException("session is incomplete");
        }
        if (clientAddress == null) clientAddress = "";
        if (userAgent == null) userAgent = "";
    }

    public AuthSession withRefresh(String hash, Instant at) {
        return new AuthSession(id, userId, username, admin, node, created, at, clientAddress, userAgent, hash, expires);
    }
}
