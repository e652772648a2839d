package aura.application.auth;

import aura.application.auth.port.PendingLogouts;
import aura.application.auth.port.SessionStore;
import aura.domain.auth.AuditEvent;
import aura.domain.problem.Unavailable;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * Ends the caller's current session, on every node. A logout is never lost: when the session store cannot be
 * reached it is recorded durably, refused everywhere from then on, and applied once the store is back.
 */
@Singleton
public record LogOut(SessionStore sessions, PendingLogouts pending, Audit audit, Clock clock) {
    public void logOut(Caller caller, ClientInfo client) {
        String detail = "session " + caller.sessionId();
        try {
            sessions.revoke(caller.sessionId());
        } catch (Unavailable e) {
            pending.add(caller.sessionId(), clock.instant());
            detail += " (recorded during a session store outage)";
        }
        audit.record(AuditEvent.Type.LOGOUT, caller.username(), client, detail);
    }
}
