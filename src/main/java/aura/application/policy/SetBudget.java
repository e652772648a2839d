package aura.application.policy;

import aura.application.auth.Caller;
import aura.application.auth.port.UserAccounts;
import aura.application.policy.port.Budgets;
import aura.domain.policy.Budget;
import aura.domain.problem.NotAllowed;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * An admin gives a person a monthly budget of their own, or (with none) puts them back on the default budget.
 * Only admins may; the person must exist.
 */
@Singleton
public record SetBudget(Budgets budgets, UserAccounts accounts) {
    public void set(Caller caller, String username, Optional<Budget> budget) {
        if (!caller.admin()) throw new NotAllowed("only admins can set budgets");
        String userId = accounts.named(username).id();
        budget.ifPresentOrElse(b -> budgets.set(userId, b), () -> budgets.clear(userId));
    }
}
