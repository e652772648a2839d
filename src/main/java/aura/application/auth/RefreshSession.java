package aura.application.auth;

import aura.application.auth.port.SessionStore;
import aura.domain.auth.AuditEvent;
import aura.domain.auth.AuthSession;
import aura.domain.auth.AuthenticationFailed;
import jakarta.inject.Singleton;

/**
 * Swaps a refresh token for a new pair. Each refresh token works once: presenting one that was already used
 * means it was stolen or replayed, so the whole session is revoked.
 */
@Singleton
public record RefreshSession(SessionStore sessions, SessionFactory factory, Audit audit) {
    private static final String REFUSED = "refresh token is not valid";

    public Tokens refresh(String refreshToken, ClientInfo client) {
        if (refreshToken == null || refreshToken.indexOf('.') <= 0) throw new AuthenticationFailed(REFUSED);
        String sessionId = refreshToken.substring(0, refreshToken.indexOf('.'));
        AuthSession session = sessions.find(sessionId).orElseThrow(() -> new AuthenticationFailed(REFUSED));
        String presented = SessionFactory.hash(refreshToken);
        var now = factory.now();
        if (now.isAfter(session.expires())) {
            sessions.revoke(sessionId);
            throw new AuthenticationFailed(REFUSED);
        }
        String next = factory.newRefreshToken(sessionId);
        if (!presented.equals(session.refreshHash())
                || !sessions.rotateRefresh(sessionId, presented, session.withRefresh(SessionFactory.hash(next), now))) {
            sessions.revoke(sessionId);
            audit.record(AuditEvent.Type.REFRESH_TOKEN_REUSED, session.username(), client, "session " + sessionId + " revoked");
            throw new AuthenticationFailed(REFUSED);
        }
        return factory.tokens(session, next, now);
    }
}
