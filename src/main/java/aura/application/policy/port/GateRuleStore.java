package aura.application.policy.port;

import aura.domain.policy.GateRule;
import aura.domain.policy.GateRules;

import java.util.List;

/** The gatekeeper's rules, shared by every node of the mesh, in the order they are checked (by name). */
public interface GateRuleStore {
    List<GateRule> all();

    /**
     * The rules compiled for checking, as every request asks for them: a store may answer from what it read and
     * compiled within the last second (an edit made on another node holds within the second).
     */
    default GateRules compiled() {
        return new GateRules(all());
    }

    /** Adds the rule, or replaces the one of that name. */
    void save(GateRule rule);

    /** Whether there was a rule of that name. */
    boolean remove(String name);
}
