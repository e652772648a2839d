package aura.application.policy;

import aura.domain.policy.Tier;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The fallback models each tier's chain goes on to after the tier's own model, in order, and the emergency answer
 * (if the person who runs the mesh wrote one). The chains themselves begin with the tiers' models in force, so a
 * tier's model changed while the mesh runs heads its chain at once ({@link #chains}).
 */
public record FallbackSettings(List<String> strategic, List<String> execution, Optional<String> emergencyAnswer) {
    public static final FallbackSettings NONE = new FallbackSettings(List.of(), List.of(), Optional.empty());

    public FallbackSettings {
        strategic = strategic.stream().filter(m -> m != null && !m.isBlank()).map(String::strip).toList();
        execution = execution.stream().filter(m -> m != null && !m.isBlank()).map(String::strip).toList();
        if (emergencyAnswer == null) emergencyAnswer = Optional.empty();
    }

    /** Each tier's chain as the tiers stand: its model (when it has one), then its fallback models. */
    public FallbackChains chains(Tiers tiers) {
        return new FallbackChains(List.of(chain(Tier.STRATEGIC, tiers), chain(Tier.EXECUTION, tiers)), emergencyAnswer);
    }

    /** One tier's chain as the tiers stand. */
    public List<String> chain(Tier tier, Tiers tiers) {
        List<String> chain = new ArrayList<>();
        tiers.model(tier).ifPresent(chain::add);
        chain.addAll(tier == Tier.STRATEGIC ? strategic : execution);
        return List.copyOf(chain);
    }
}
