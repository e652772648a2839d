package aura.application.auth;

import aura.domain.auth.AuditEvent;
import aura.domain.auth.PasswordPolicy;
import aura.domain.auth.UserAccount;
import aura.domain.auth.Username;
import aura.domain.problem.Conflict;
import aura.domain.problem.NotAllowed;
import aura.domain.problem.NotFound;
import jakarta.inject.Singleton;

import java.util.Comparator;
import java.util.List;

/**
 * What admins do to accounts: list them, disable or enable one, reset a password. Disabling and resetting end
 * every session of that user on every node at once. An admin cannot disable themselves (someone must stay able
 * to administer the mesh).
 */
@Singleton
public class AdministerUsers {
    private final UserAccounts users;
    private final PasswordHasher hasher;
    private final SessionStore sessions;
    private final Audit audit;

    public AdministerUsers(UserAccounts users, PasswordHasher hasher, SessionStore sessions, Audit audit) {
        this.users = users;
        this.hasher = hasher;
        this.sessions = sessions;
        this.audit = audit;
    }

    public List<UserAccount> list(Caller caller) {
        requireAdmin(caller);
        return users.all().stream().sorted(Comparator.comparing(UserAccount::username)).toList();
    }

    public UserAccount setDisabled(Caller caller, String username, boolean disabled, ClientInfo client) {
        requireAdmin(caller);
        UserAccount user = find(username);
        if (disabled && user.id().equals(caller.userId())) throw new Conflict("you cannot disable your own account");
        UserAccount changed = user.withDisabled(disabled);
        users.update(changed);
        if (disabled) endSessions(user);
        audit.record(AuditEvent.Type.USER_CHANGED, user.username(), client, (disabled ? "disabled" : "enabled") + " by " + caller.username());
        return changed;
    }

    public void resetPassword(Caller caller, String username, String password, ClientInfo client) {
        requireAdmin(caller);
        UserAccount user = find(username);
        PasswordPolicy.check(password);
        users.update(user.withPasswordHash(hasher.hash(password)));
        endSessions(user);
        audit.record(AuditEvent.Type.USER_CHANGED, user.username(), client, "password reset by " + caller.username());
    }

    private void endSessions(UserAccount user) {
        sessions.forUser(user.id()).forEach(s -> sessions.revoke(s.id()));
    }

    private UserAccount find(String username) {
        String name;
        try {
            name = Username.normalise(username);
        } catch (RuntimeException e) {
            throw new NotFound("no user " + username);
        }
        return users.byName(name).orElseThrow(() -> new NotFound("no user " + name));
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.admin()) throw new NotAllowed("only admins can manage users");
    }
}
