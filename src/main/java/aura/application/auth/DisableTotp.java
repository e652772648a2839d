package aura.application.auth;

import aura.application.auth.port.UserAccounts;
import aura.domain.auth.AuditEvent;
import aura.domain.auth.Totp;
import aura.domain.auth.UserAccount;
import aura.domain.problem.Conflict;
import aura.domain.problem.InvalidInput;
import aura.domain.problem.NotFound;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Optional;

/** Turns the second factor off, which takes a current code: a stolen session alone cannot remove it. */
@Singleton
public class DisableTotp {
    private final UserAccounts users;
    private final Audit audit;
    private final Clock clock;

    public DisableTotp(UserAccounts users, Audit audit, Clock clock) {
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    public void disable(Caller caller, String code, ClientInfo client) {
        UserAccount user = users.byId(caller.userId()).orElseThrow(() -> new NotFound("no such user"));
        if (!user.totpEnabled()) throw new Conflict("no one-time code is enabled");
        if (!Totp.verify(user.totpSecret().orElseThrow(), code == null ? "" : code.trim(), clock.instant())) {
            throw new InvalidInput("code", "the one-time code is wrong or expired");
        }
        users.update(user.withTotp(Optional.empty(), false));
        audit.record(AuditEvent.Type.MFA_DISABLED, user.username(), client, "");
    }
}
