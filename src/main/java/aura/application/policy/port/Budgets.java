package aura.application.policy.port;

import aura.domain.policy.Budget;

import java.util.Optional;

/** The monthly budgets an admin set for particular people; everyone else has the node's default budget. */
public interface Budgets {
    Optional<Budget> of(String userId);

    void set(String userId, Budget budget);

    /** Back to the default budget; false when the person had none of their own. */
    boolean clear(String userId);
}
