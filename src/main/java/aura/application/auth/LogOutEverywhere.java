package aura.application.auth;

import aura.application.auth.port.SessionStore;
import aura.domain.auth.AuditEvent;
import jakarta.inject.Singleton;

/** Ends every session of the caller, on every node; returns how many were ended. */
@Singleton
public record LogOutEverywhere(SessionStore sessions, Audit audit) {
    public int logOutAll(Caller caller, ClientInfo client) {
        var all = sessions.forUser(caller.userId());
        all.forEach(s -> sessions.revoke(s.id()));
        audit.record(AuditEvent.Type.LOGOUT, caller.username(), client, "all " + all.size() + " sessions");
        return all.size();
    }
}
