package aura.application.policy;

import aura.application.auth.Caller;
import aura.application.policy.port.GateRuleStore;
import aura.domain.problem.NotAllowed;
import aura.domain.problem.NotFound;
import jakarta.inject.Singleton;

/** An admin removes a gatekeeper rule by name. */
@Singleton
public record RemoveGateRule(GateRuleStore rules) {
    public void remove(Caller caller, String name) {
        if (!caller.admin()) throw new NotAllowed("only admins can edit the gatekeeper's rules");
        if (!rules.remove(name)) throw new NotFound("no gatekeeper rule is named '" + name + "'");
    }
}
