package aura.application.policy;

import aura.application.auth.Caller;
import aura.application.policy.port.GateRuleStore;
import aura.domain.policy.GateRule;
import jakarta.inject.Singleton;
import aura.domain.problem.NotAllowed;

/**
 * An admin adds a gatekeeper rule or replaces the one of its name. The rule is checked before anything is stored
 * (a pattern that does not compile is a 400 naming {@code pattern}, an unknown scope one naming {@code scope}).
 */
@Singleton
public record SaveGateRule(GateRuleStore rules) {
    public GateRule save(Caller caller, String name, String pattern, String scope, String reason, boolean enabled) {
        if (!caller.admin()) throw new NotAllowed("only admins can edit the gatekeeper's rules");
        var rule = new GateRule(name, pattern, GateRule.Scope.parse(scope), reason, enabled);
        rules.save(rule);
        return rule;
    }
}
