package aura.application.policy;

import aura.application.policy.port.Budgets;
import aura.application.policy.port.UsageLedger;
import aura.domain.policy.Budget;
import aura.domain.policy.UsagePeriod;
import aura.domain.policy.UsageTotal;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Optional;

/** Where a person stands this month against their budget (their own, else the default). */
@Singleton
public record BudgetStandings(Budgets budgets, UsageLedger ledger, CurrentPolicies policies) {
    public Budget.Standing of(String userId, Instant now) {
        PolicySettings settings = policies.now();
        Budget budget = budgets.of(userId).orElse(settings.defaultBudget());
        if (!budget.limited()) return budget.standing(0, 0);
        long tokens = 0;
        double dollars = 0;
        for (UsageTotal t : ledger.totals(UsagePeriod.MONTH.start(now), Optional.of(userId))) {
            tokens += t.tokens();
            dollars += settings.prices().cost(t.model(), t.promptTokens(), t.outputTokens());
        }
        return budget.standing(tokens, dollars);
    }
}
