package aura.application.policy;

import aura.domain.policy.Budget;
import aura.domain.policy.PriceList;

import java.util.Objects;
import java.util.Optional;

/**
 * The policies' settings: prices per model, the monthly budget of everyone without one of their own, and the
 * model of the execution tier, where a person whose budget is spent (and not capped) is sent.
 */
public record PolicySettings(PriceList prices, Budget defaultBudget, Optional<String> executionModel) {
    public PolicySettings {
        Objects.requireNonNull(prices, "prices");
        Objects.requireNonNull(defaultBudget, "defaultBudget");
        executionModel = executionModel == null ? Optional.empty() : executionModel.filter(m -> !m.isBlank());
    }
}
