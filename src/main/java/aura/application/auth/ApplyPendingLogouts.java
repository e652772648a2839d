package aura.application.auth;

import aura.application.auth.port.PendingLogouts;
import aura.application.auth.port.SessionStore;
import aura.domain.problem.Unavailable;
import jakarta.inject.Singleton;

/** Applies the logouts recorded during a session store outage, once the store answers again. */
@Singleton
public record ApplyPendingLogouts(SessionStore sessions, PendingLogouts pending) {
    /** Returns how many were applied; stops at the first that the store still cannot take. */
    public int apply() {
        int applied = 0;
        for (String sessionId : pending.all()) {
            try {
                sessions.revoke(sessionId);
            } catch (Unavailable e) {
                return applied;
            }
            pending.remove(sessionId);
            applied++;
        }
        return applied;
    }
}
