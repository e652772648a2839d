package aura.domain.routing;

import java.util.List;
import java.util.Optional;

/**
 * Where a generation goes and why. {@code candidates} are sorted best first, the chosen one (if any) first;
 * the order is also the failover order. {@code excluded} holds "node: reason" for nodes that could not serve
 * the model at all. {@code chosen} is empty exactly when there are no candidates.
 */
public record RoutingDecision(String model, Optional<String> chosen, List<Candidate> candidates, List<String> excluded) {
    public RoutingDecision {
        candidates = List.copyOf(candidates);
        excluded = List.copyOf(excluded);
    }

    /** The candidates after the chosen one, best first: where a failed generation moves next. */
    public List<Candidate> fallbacks() {
        return candidates.isEmpty() ? List.of() : candidates.subList(1, candidates.size());
    }
}
