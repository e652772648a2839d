package aura.application.auth;

import aura.application.auth.port.LoginThrottle;
import aura.application.auth.port.PasswordHasher;
import aura.application.auth.port.UserAccounts;
import aura.domain.auth.AuditEvent;
import aura.domain.auth.AuthenticationFailed;
import aura.domain.auth.LoginLimits;
import aura.domain.auth.Totp;
import aura.domain.auth.TooManyAttempts;
import aura.domain.auth.UserAccount;
import aura.domain.auth.Username;
import aura.domain.problem.InvalidInput;
import jakarta.inject.Singleton;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Logs a person in. An unknown user, a disabled one and a wrong password all get the same answer, after the same
 * Argon2 work. Guessing is slowed by {@link LoginLimits}: a browser that logged in to the account before presents
 * its device cookie and is counted on its own; any other try is counted against the account and the client
 * address. Each successful login hands the browser a device cookie for next time.
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
    private final LoginLimits limits = LoginLimits.DEFAULT;
    private final SecureRandom random = new SecureRandom();

    public LogIn(UserAccounts users, PasswordHasher hasher, LoginThrottle throttle, SessionFactory sessions, Audit audit) {
        this.users = users;
        this.hasher = hasher;
        this.throttle = throttle;
        this.sessions = sessions;
        this.audit = audit;
        this.decoyHash = hasher.hash("decoy-Password-1!");
    }

    /** {@code device}: the device cookie the browser sent, if any. */
    public record Command(String username, String password, String totp, ClientInfo client, Optional<String> device) {
        public Command {
            if (device == null) device = Optional.empty();
        }
    }

    /** The session's tokens, and the device cookie the browser keeps for its next login. */
    public record LoggedIn(Tokens tokens, String device, java.time.Duration deviceLifetime) {
    }

    public LoggedIn logIn(Command command) {
        if (command.username() == null || command.username().isBlank()) throw new InvalidInput("username", "username is required");
        if (command.password() == null || command.password().isEmpty()) throw new InvalidInput("password", "password is required");
        String name = command.username().trim().toLowerCase(java.util.Locale.ROOT);
        List<Counter> counters = counters(name, command);
        for (Counter c : counters) {
            var failures = throttle.failures(c.key());
            limits.pause(c.free(), failures.count(), failures.last(), sessions.now()).ifPresent(pause -> {
                throw new TooManyAttempts(pause);
            });
        }

        Optional<UserAccount> user = knownName(name) ? users.byName(name) : Optional.empty();
        boolean passwordOk = hasher.verify(command.password(), user.map(UserAccount::passwordHash).orElse(decoyHash));
        if (user.isEmpty() || !passwordOk || user.get().disabled()) {
            fail(name, command.client(), counters, user.isEmpty() ? "unknown user" : user.get().disabled() ? "disabled" : "wrong password");
        }
        UserAccount account = user.get();
        if (account.totpEnabled()) {
            if (command.totp() == null || command.totp().isBlank()) {
                throw new AuthenticationFailed("a one-time code is required");
            }
            if (!Totp.verify(account.totpSecret().orElseThrow(), command.totp().trim(), sessions.now())) {
                fail(name, command.client(), counters, "wrong one-time code");
            }
        }
        // The throttle first: if the shared store fails here, no session has been opened yet.
        counters.forEach(c -> throttle.clear(c.key()));
        String device = newDevice();
        throttle.trust(name, SessionFactory.hash(device), limits.deviceLifetime());
        Tokens tokens = sessions.open(account, command.client());
        audit.record(AuditEvent.Type.LOGIN_SUCCEEDED, name, command.client(), "session " + tokens.sessionId());
        return new LoggedIn(tokens, device, limits.deviceLifetime());
    }

    private static final String ACCOUNT = "acct:";

    /** A counter this try is charged to, with its free failures. */
    private record Counter(String key, int free) {
    }

    private List<Counter> counters(String name, Command command) {
        Optional<String> known = command.device().filter(d -> !d.isBlank()).map(SessionFactory::hash)
                .filter(hash -> throttle.trusts(name, hash));
        if (known.isPresent()) return List.of(new Counter("dev:" + known.get(), limits.perDevice()));
        return List.of(new Counter(ACCOUNT + name, limits.perAccount()),
                new Counter("addr:" + command.client().address(), limits.perAddress()));
    }

    private String newDevice() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private void fail(String name, ClientInfo client, List<Counter> counters, String reason) {
        counters.forEach(c -> throttle.failed(c.key(), limits.memory()));
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
