package aura.application.auth;

import aura.domain.auth.AuditEvent;
import jakarta.inject.Singleton;

/** Ends the caller's current session, on every node. */
@Singleton
public class LogOut {
    private final SessionStore sessions;
    private final Audit audit;

    public LogOut(SessionStore sessions, Audit audit) {
        this.sessions = sessions;
        this.audit = audit;
    }

    public void logOut(Caller caller, ClientInfo client) {
        sessions.revoke(caller.sessionId());
        audit.record(AuditEvent.Type.LOGOUT, caller.username(), client, "session " + caller.sessionId());
    }
}
