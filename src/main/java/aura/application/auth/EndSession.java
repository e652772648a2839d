package aura.application.auth;

import aura.application.auth.port.SessionStore;
import aura.domain.auth.AuditEvent;
import aura.domain.problem.NotFound;
import jakarta.inject.Singleton;

/** Ends one of the caller's sessions (any of their own; never someone else's). */
@Singleton
public record EndSession(SessionStore sessions, Audit audit) {
    public void end(Caller caller, String sessionId, ClientInfo client) {
        var session = sessions.find(sessionId).filter(s -> s.userId().equals(caller.userId()))
                .orElseThrow(() -> new NotFound("no session " + sessionId));
        sessions.revoke(session.id());
        audit.record(AuditEvent.Type.SESSION_REVOKED, caller.username(), client, "session " + sessionId);
    }
}
