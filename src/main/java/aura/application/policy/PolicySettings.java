package aura.application.policy;

import aura.domain.policy.Budget;
import aura.domain.policy.PriceList;

import java.util.Objects;
import java.util.Optional;

/**
 * The policies' settings: prices per model, the monthly budget of everyone without one of their own, and the
 * models of the tiers (a person whose budget is spent, and not capped, is sent to the execution tier's) and what
 * each tier's chain falls back to.
 */
public record PolicySettings(PriceList prices, Budget defaultBudget, Tiers tiers, FallbackSettings fallbacks) {
    public PolicySettings {
        Objects.requireNonNull(prices, "prices");
        Objects.requireNonNull(defaultBudget, "defaultBudget");
        Objects.requireNonNull(tiers, "tiers");
        Objects.requireNonNull(fallbacks, "fallbacks");
    }

    /** Settings without fallback models or an emergency answer. */
    public PolicySettings(PriceList prices, Budget defaultBudget, Tiers tiers) {
        this(prices, defaultBudget, tiers, FallbackSettings.NONE);
    }

    /** The tiers' fallback chains, headed by the tiers' models in these settings. */
    public FallbackChains chains() {
        return fallbacks.chains(tiers);
    }

    public Optional<String> executionModel() {
        return tiers.execution();
    }
}
