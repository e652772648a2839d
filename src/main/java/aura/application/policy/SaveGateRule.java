package aura.application.policy;

import aura.application.auth.Caller;
import aura.application.policy.port.GateRuleStore;
import aura.domain.policy.GateRule;
import jakarta.inject.Singleton;
import aura.domain.problem.NotAllowed;

/**
 * An admin adds a gatekeeper rule or replaces the one of its name. The rule was checked when it was made (a
 * pattern that does not compile is a 400 naming {@code pattern}), so nothing is stored for bad input.
 */
@Singleton
public record SaveGateRule(GateRuleStore rules) {
    public void save(Caller caller, GateRule rule) {
        if (!caller.admin()) throw new NotAllowed("only admins can edit the gatekeeper's rules");
        rules.save(rule);
    }
}
