package aura.application.auth;

import aura.domain.auth.AuditEvent;
import aura.domain.auth.Totp;
import aura.domain.auth.UserAccount;
import aura.domain.problem.Conflict;
import aura.domain.problem.InvalidInput;
import aura.domain.problem.NotFound;
import jakarta.inject.Singleton;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;

/**
 * The optional second factor: enrol (a new secret, not yet enforced), confirm with a first code (now enforced),
 * disable with a current code. These three steps share one rule set, so they live together.
 */
@Singleton
public class TotpEnrolment {
    private static final String ISSUER = "Aura";

    private final UserAccounts users;
    private final Audit audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public TotpEnrolment(UserAccounts users, Audit audit, Clock clock) {
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    public record Enrolment(String secret, String uri) {
    }

    public Enrolment enrol(Caller caller) {
        UserAccount user = user(caller);
        if (user.totpEnabled()) throw new Conflict("a one-time code is already enabled: disable it first");
        String secret = Totp.newSecret(random);
        users.update(user.withTotp(Optional.of(secret), false));
        return new Enrolment(secret, Totp.uri(ISSUER, user.username(), secret));
    }

    public void confirm(Caller caller, String code, ClientInfo client) {
        UserAccount user = user(caller);
        if (user.totpSecret().isEmpty()) throw new Conflict("start enrolment first");
        if (user.totpEnabled()) throw new Conflict("a one-time code is already enabled");
        requireCode(user, code);
        users.update(user.withTotp(user.totpSecret(), true));
        audit.record(AuditEvent.Type.MFA_ENROLLED, user.username(), client, "");
    }

    public void disable(Caller caller, String code, ClientInfo client) {
        UserAccount user = user(caller);
        if (!user.totpEnabled()) throw new Conflict("no one-time code is enabled");
        requireCode(user, code);
        users.update(user.withTotp(Optional.empty(), false));
        audit.record(AuditEvent.Type.MFA_DISABLED, user.username(), client, "");
    }

    private void requireCode(UserAccount user, String code) {
        if (!Totp.verify(user.totpSecret().orElseThrow(), code == null ? "" : code.trim(), clock.instant())) {
            throw new InvalidInput("code", "the one-time code is wrong or expired");
        }
    }

    private UserAccount user(Caller caller) {
        return users.byId(caller.userId()).orElseThrow(() -> new NotFound("no such user"));
    }
}
