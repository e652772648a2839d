package aura.application.auth;

import aura.domain.auth.AuditEvent;
import aura.domain.auth.AuthenticationFailed;
import aura.domain.auth.Totp;
import aura.domain.auth.TooManyAttempts;
import aura.domain.auth.UserAccount;
import aura.domain.auth.Username;
import aura.domain.problem.InvalidInput;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * Logs a person in. Failed attempts are counted per account and client address; an unknown user, a disabled
 * one and a wrong password all get the same answer, after the same Argon2 work.
 */
@Singleton
public class LogIn {
    /** Verified against when the user does not exist, so both paths cost one Argon2 verification. */
    private final String decoyHash;

    private final UserAccounts users;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final SessionFactory sessions;
    private final Audit audit;

    public LogIn(UserAccounts users, PasswordHasher hasher, LoginThrottle throttle, SessionFactory sessions, Audit audit) {
        this.users = users;
        this.hasher = hasher;
        this.throttle = throttle;
        this.sessions = sessions;
        this.audit = audit;
        this.decoyHash = hasher.hash("decoy-Password-1!");
    }

    public record Command(String username, String password, String totp, ClientInfo client) {
    }

    public Tokens logIn(Command command) {
        if (command.username() == null || command.username().isBlank()) throw new InvalidInput("username", "username is required");
        if (command.password() == null || command.password().isEmpty()) throw new InvalidInput("password", "password is required");
        String name = command.username().trim().toLowerCase(java.util.Locale.ROOT);
        String address = command.client().address();
        Optional<java.time.Duration> blocked = throttle.blockedFor(name, address);
        if (blocked.isPresent()) throw new TooManyAttempts(blocked.get());

        Optional<UserAccount> user = knownName(name) ? users.byName(name) : Optional.empty();
        boolean passwordOk = hasher.verify(command.password(), user.map(UserAccount::passwordHash).orElse(decoyHash));
        if (user.isEmpty() || !passwordOk || user.get().disabled()) {
            fail(name, command.client(), user.isEmpty() ? "unknown user" : user.get().disabled() ? "disabled" : "wrong password");
        }
        UserAccount account = user.get();
        if (account.totpEnabled()) {
            if (command.totp() == null || command.totp().isBlank()) {
                throw new AuthenticationFailed("a one-time code is required");
            }
            if (!Totp.verify(account.totpSecret().orElseThrow(), command.totp().trim(), sessions.now())) {
                fail(name, command.client(), "wrong one-time code");
            }
        }
        throttle.succeeded(name);
        Tokens tokens = sessions.open(account, command.client());
        audit.record(AuditEvent.Type.LOGIN_SUCCEEDED, name, command.client(), "session " + tokens.sessionId());
        return tokens;
    }

    private void fail(String name, ClientInfo client, String reason) {
        throttle.failed(name, client.address());
        audit.record(AuditEvent.Type.LOGIN_FAILED, name, client, reason);
        throw new AuthenticationFailed();
    }

    private static boolean knownName(String name) {
        try {
            Username.normalise(name);
            return true;
        } catch (InvalidInput e) {
            return false;
        }
    }
}
