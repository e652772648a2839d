package aura.application.auth;

import aura.application.auth.port.UserAccounts;
import aura.domain.auth.Totp;
import aura.domain.auth.UserAccount;
import aura.domain.problem.Conflict;
import aura.domain.problem.NotFound;
import jakarta.inject.Singleton;

import java.security.SecureRandom;
import java.util.Optional;

/** Starts the optional second factor: a new secret, not enforced until {@link ConfirmTotp} sees a first code. */
@Singleton
public class EnrolTotp {
    private static final String ISSUER = "Aura";

    private final UserAccounts users;
    private final SecureRandom random = new SecureRandom();

    public EnrolTotp(UserAccounts users) {
        this.users = users;
    }

    public record Enrolment(String secret, String uri) {
    }

    public Enrolment enrol(Caller caller) {
        UserAccount user = users.byId(caller.userId()).orElseThrow(() -> new NotFound("no such user"));
        if (user.totpEnabled()) throw new Conflict("a one-time code is already enabled: disable it first");
        String secret = Totp.newSecret(random);
        users.update(user.withTotp(Optional.of(secret), false));
        return new Enrolment(secret, Totp.uri(ISSUER, user.username(), secret));
    }
}
