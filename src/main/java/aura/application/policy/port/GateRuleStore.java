package aura.application.policy.port;

import aura.domain.policy.GateRule;

import java.util.List;

/** The gatekeeper's rules, shared by every node of the mesh, in the order they are checked (by name). */
public interface GateRuleStore {
    List<GateRule> all();

    /** Adds the rule, or replaces the one of that name. */
    void save(GateRule rule);

    /** Whether there was a rule of that name. */
    boolean remove(String name);
}
