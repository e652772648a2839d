package aura.application.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a request goes when no live node serves its model, on top of failover between nodes: the rest of its
 * tier's chain (the tier's model, then its fallback models, in order) and, when nothing in the chain can be
 * served, an emergency answer written by the person who runs the mesh (if they wrote one).
 */
public record FallbackChains(List<List<String>> chains, Optional<String> emergencyAnswer) {
    public static final FallbackChains NONE = new FallbackChains(List.of(), Optional.empty());

    public FallbackChains {
        chains = chains.stream().map(c -> List.copyOf(c.stream().filter(m -> m != null && !m.isBlank()).toList()))
                .filter(c -> !c.isEmpty()).toList();
        emergencyAnswer = emergencyAnswer == null ? Optional.empty() : emergencyAnswer.filter(a -> !a.isBlank());
    }

    /** Whether {@code model} is in some tier's chain: only those get the emergency answer. */
    public boolean covers(String model) {
        return chains.stream().anyMatch(c -> c.contains(model));
    }

    /**
     * The models to try, in order, after {@code model}: what follows it in the chain it heads, else in the first
     * chain that names it (a tier's model may also be another tier's fallback).
     */
    public List<String> after(String model) {
        for (List<String> chain : chains) {
            if (chain.get(0).equals(model)) return new ArrayList<>(chain.subList(1, chain.size()));
        }
        for (List<String> chain : chains) {
            int at = chain.indexOf(model);
            if (at >= 0) return new ArrayList<>(chain.subList(at + 1, chain.size()));
        }
        return List.of();
    }
}
