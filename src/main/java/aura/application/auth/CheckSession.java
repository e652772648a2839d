package aura.application.auth;

import jakarta.inject.Singleton;

/** Whether the session an access token names is still live: checked on every authenticated request. */
@Singleton
public class CheckSession {
    private final SessionStore sessions;

    public CheckSession(SessionStore sessions) {
        this.sessions = sessions;
    }

    public boolean isLive(String sessionId) {
        return sessionId != null && !sessionId.isBlank() && sessions.isLive(sessionId);
    }
}
