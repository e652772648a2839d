package aura.application.policy;

import aura.application.auth.Caller;
import aura.domain.problem.NotAllowed;
import jakarta.inject.Singleton;

/** The policy settings in force (the node's own with the admins' changes), for the admin's settings form. */
@Singleton
public record ReadPolicies(CurrentPolicies policies) {
    public PolicySettings read(Caller caller) {
        if (!caller.admin()) throw new NotAllowed("only admins can read the policy settings");
        return policies.now();
    }
}
