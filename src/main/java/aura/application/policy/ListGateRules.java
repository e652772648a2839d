package aura.application.policy;

import aura.application.auth.Caller;
import aura.application.policy.port.GateRuleStore;
import aura.domain.policy.GateRule;
import aura.domain.problem.NotAllowed;
import jakarta.inject.Singleton;

import java.util.List;

/** The gatekeeper's rules, in the order they are checked; only admins may read them. */
@Singleton
public record ListGateRules(GateRuleStore rules) {
    public List<GateRule> list(Caller caller) {
        if (!caller.admin()) throw new NotAllowed("only admins can read the gatekeeper's rules");
        return rules.all();
    }
}
