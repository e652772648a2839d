package aura.application.auth;

import jakarta.inject.Singleton;

/**
 * Whether the session an access token names is still live: checked on every authenticated request. A logout
 * recorded during a session store outage counts as done, even before the store has heard of it.
 */
@Singleton
public class CheckSession {
    private final SessionStore sessions;
    private final PendingLogouts pending;

    public CheckSession(SessionStore sessions, PendingLogouts pending) {
        this.sessions = sessions;
        this.pending = pending;
    }

    public boolean isLive(String sessionId) {
        return sessionId != null && !sessionId.isBlank() && sessions.isLive(sessionId) && !pending.contains(sessionId);
    }
}
