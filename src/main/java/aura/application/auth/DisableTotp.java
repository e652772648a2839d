package aura.application.auth;

import aura.application.auth.port.UserAccounts;
import aura.domain.auth.AuditEvent;
import aura.domain.auth.UserAccount;
import aura.domain.problem.Conflict;
import aura.domain.problem.NotFound;
import jakarta.inject.Singleton;

import java.util.Optional;

/** Turns the second factor off, which takes a current code: a stolen session alone cannot remove it. */
@Singleton
public record DisableTotp(UserAccounts users, Audit audit, TotpCodeCheck codes) {
    public void disable(Caller caller, String code, ClientInfo client) {
        UserAccount user = users.byId(caller.userId()).orElseThrow(() -> new NotFound("no such user"));
        if (!user.totpEnabled()) throw new Conflict("no one-time code is enabled");
        codes.verify(user, code);
        users.update(user.withTotp(Optional.empty(), false));
        audit.record(AuditEvent.Type.MFA_DISABLED, user.username(), client, "");
    }
}
