package aura.application.policy;

import aura.domain.policy.Tier;

import java.util.Optional;

/**
 * The models of the tiers, each optional, and the CPU load from which a node serving the strategic model counts
 * as busy (so requests of middling complexity go to the execution tier).
 */
public record Tiers(Optional<String> execution, Optional<String> strategic, double busyLoad) {
    public static final Tiers NONE = new Tiers(Optional.empty(), Optional.empty(), 0.8);

    public Tiers {
        execution = execution == null ? Optional.empty() : execution.filter(m -> !m.isBlank());
        strategic = strategic == null ? Optional.empty() : strategic.filter(m -> !m.isBlank());
        if (!(busyLoad > 0)) throw new IllegalArgumentException("the busy load is above 0");
    }

    public Optional<String> model(Tier tier) {
        return tier == Tier.EXECUTION ? execution : strategic;
    }
}
