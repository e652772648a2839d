package aura.application.policy;

import aura.application.auth.Caller;
import aura.application.policy.port.GateAudit;
import aura.domain.policy.BlockedRequest;
import aura.domain.problem.InvalidInput;
import aura.domain.problem.NotAllowed;
import jakarta.inject.Singleton;

import java.util.List;

/** The requests the gatekeeper blocked, newest first; only admins may read them. */
@Singleton
public record ReadGateAudit(GateAudit audit) {
    public List<BlockedRequest> read(Caller caller, int limit) {
        if (!caller.admin()) throw new NotAllowed("only admins can read the gatekeeper's audit");
        if (limit < 1 || limit > 1000) throw new InvalidInput("limit", "limit is 1 to 1000");
        return audit.recent(limit);
    }
}
