package aura.application.auth;

import aura.application.auth.port.UserAccounts;
import aura.domain.auth.AuditEvent;
import aura.domain.auth.UserAccount;
import aura.domain.problem.Conflict;
import aura.domain.problem.NotFound;
import jakarta.inject.Singleton;


/** Turns the enrolled second factor on with a first correct code; from then on logins need a code. */
@Singleton
public record ConfirmTotp(UserAccounts users, Audit audit, TotpCodeCheck codes) {
    public void confirm(Caller caller, String code, ClientInfo client) {
        UserAccount user = users.byId(caller.userId()).orElseThrow(() -> new NotFound("no such user"));
        if (user.totpSecret().isEmpty()) throw new Conflict("start enrolment first");
        if (user.totpEnabled()) throw new Conflict("a one-time code is already enabled");
        codes.verify(user, code);
        users.update(user.withTotp(user.totpSecret(), true));
        audit.record(AuditEvent.Type.MFA_ENROLLED, user.username(), client, "");
    }
}
