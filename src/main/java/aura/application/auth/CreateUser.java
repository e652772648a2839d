package aura.application.auth;

import aura.application.auth.port.PasswordHasher;
import aura.application.auth.port.UserAccounts;
import aura.domain.auth.AuditEvent;
import aura.domain.auth.PasswordPolicy;
import aura.domain.auth.UserAccount;
import aura.domain.auth.Username;
import aura.domain.problem.Conflict;
import aura.domain.problem.NotAllowed;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * Creates a user. Only an admin may (the command line, run on the node by its operator, acts as one); the
 * password must pass the policy and is stored only as its Argon2id hash.
 */
@Singleton
public record CreateUser(UserAccounts users, PasswordHasher hasher, Audit audit, Clock clock) {
    public record Command(String actor, boolean actorIsAdmin, String username, String password, boolean admin) {
    }

    public UserAccount create(Command command, ClientInfo client) {
        if (!command.actorIsAdmin()) throw new NotAllowed("only an admin can create users");
        String name = Username.normalise(command.username());
        PasswordPolicy.check(command.password());
        var account = new UserAccount(UUID.randomUUID().toString(), name, hasher.hash(command.password()),
                command.admin(), false, Optional.empty(), false, clock.instant());
        if (!users.create(account)) throw new Conflict("user '" + name + "' already exists");
        audit.record(AuditEvent.Type.USER_CREATED, name, client,
                "by " + command.actor() + (command.admin() ? ", admin" : ""));
        return account;
    }
}
