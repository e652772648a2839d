package aura.application.tda;

import aura.domain.problem.InvalidInput;
import aura.domain.tda.PersistenceDiagram;

/**
 * Two diagrams to compare with the p-Wasserstein distance of order {@code order >= 1}; an infinite order asks for the
 * bottleneck distance, the limit of the Wasserstein distances as p grows.
 */
public record DiagramComparison(PersistenceDiagram first, PersistenceDiagram second, double order) {
    public DiagramComparison {
        if (first == null || second == null) {
            throw new IllegalArgumentException("both diagrams must be given");
        }
        if (!(order >= 1)) {
            throw new InvalidInput("p", "the Wasserstein order p must be a finite number >= 1 but was " + order
                    + " (the infinite order is the bottleneck distance)");
        }
    }

    public static DiagramComparison bottleneck(PersistenceDiagram first, PersistenceDiagram second) {
        return new DiagramComparison(first, second, Double.POSITIVE_INFINITY);
    }

    public boolean isBottleneck() {
        return order == Double.POSITIVE_INFINITY;
    }
}
