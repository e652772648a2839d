package aura.application.auth;

import aura.application.auth.port.PasswordHasher;
import aura.application.auth.port.SessionStore;
import aura.application.auth.port.UserAccounts;
import aura.domain.auth.AuditEvent;
import aura.domain.auth.PasswordPolicy;
import aura.domain.auth.UserAccount;
import jakarta.inject.Singleton;

/** An admin sets a new password for an account, which ends every session of that user on every node. */
@Singleton
public record ResetPassword(UserAccounts users, PasswordHasher hasher, SessionStore sessions, Audit audit) {
    public void reset(Caller caller, String username, String password, ClientInfo client) {
        caller.requireAdmin();
        UserAccount user = users.named(username);
        PasswordPolicy.check(password);
        // Sessions end first, so an unreachable session store refuses the reset before anything changed.
        endSessions(user);
        users.update(user.withPasswordHash(hasher.hash(password)));
        endSessions(user); // and any opened with the old password in between
        audit.record(AuditEvent.Type.USER_CHANGED, user.username(), client, "password reset by " + caller.username());
    }

    private void endSessions(UserAccount user) {
        sessions.forUser(user.id()).forEach(s -> sessions.revoke(s.id()));
    }
}
