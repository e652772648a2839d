package aura.application.auth.port;

import aura.domain.auth.AuthSession;

import java.util.List;
import java.util.Optional;

/**
 * Live login sessions, shared by every node of the mesh. Revoking a session anywhere makes {@link #isLive} false
 * on every node within a second. When the shared store cannot be reached, a node keeps honouring sessions it
 * confirmed recently for a short grace and then refuses them: it fails closed.
 */
public interface SessionStore {
    void create(AuthSession session);

    Optional<AuthSession> find(String sessionId);

    boolean isLive(String sessionId);

    /** Live, and the session of this user: a token pairing one user's session with another user is refused. */
    boolean isLiveFor(String sessionId, String userId);

    /** Replaces the refresh hash only if it still equals {@code expectedHash}; false when it did not. */
    boolean rotateRefresh(String sessionId, String expectedHash, AuthSession updated);

    void revoke(String sessionId);

    List<AuthSession> forUser(String userId);
}
