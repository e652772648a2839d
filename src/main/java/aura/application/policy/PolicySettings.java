package aura.application.policy;

import aura.domain.policy.Budget;
import aura.domain.policy.PriceList;

import java.util.Objects;
import java.util.Optional;

/**
 * The policies' settings: prices per model, the monthly budget of everyone without one of their own, and the
 * models of the tiers (a person whose budget is spent, and not capped, is sent to the execution tier's).
 */
public record PolicySettings(PriceList prices, Budget defaultBudget, Tiers tiers) {
    public PolicySettings {
        Objects.requireNonNull(prices, "prices");
        Objects.requireNonNull(defaultBudget, "defaultBudget");
        Objects.requireNonNull(tiers, "tiers");
    }

    public Optional<String> executionModel() {
        return tiers.execution();
    }
}
