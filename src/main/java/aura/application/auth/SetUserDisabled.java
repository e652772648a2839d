package aura.application.auth;

import aura.application.auth.port.SessionStore;
import aura.application.auth.port.UserAccounts;
import aura.domain.auth.AuditEvent;
import aura.domain.auth.UserAccount;
import aura.domain.problem.Conflict;
import aura.domain.problem.Unavailable;
import jakarta.inject.Singleton;

/**
 * An admin disables or enables an account. Disabling ends every session of that user on every node at once; an
 * admin cannot disable themselves (someone must stay able to administer the mesh).
 */
@Singleton
public record SetUserDisabled(UserAccounts users, SessionStore sessions, Audit audit) {
    public UserAccount setDisabled(Caller caller, String username, boolean disabled, ClientInfo client) {
        caller.requireAdmin();
        UserAccount user = users.named(username);
        if (disabled && user.id().equals(caller.userId())) throw new Conflict("you cannot disable your own account");
        UserAccount changed = user.withDisabled(disabled);
        users.update(changed);
        if (disabled) endSessions(user);
        audit.record(AuditEvent.Type.USER_CHANGED, user.username(), client, (disabled ? "disabled" : "enabled") + " by " + caller.username());
        return changed;
    }

    private void endSessions(UserAccount user) {
        try {
            sessions.forUser(user.id()).forEach(s -> sessions.revoke(s.id()));
        } catch (Unavailable e) {
            // A disabled account is refused on every request anyway; its sessions then simply expire in the store.
        }
    }
}
