package aura.application.tda;

import aura.domain.tda.BottleneckDistance;
import aura.domain.tda.WassersteinDistance;
import jakarta.inject.Singleton;

/** The exact distance between two persistence diagrams: p-Wasserstein, or bottleneck for an infinite order. */
@Singleton
public class CompareDiagrams {
    /** The distance; {@code +infinity} when the diagrams hold different numbers of infinite bars. */
    public double compare(DiagramComparison comparison) {
        return comparison.isBottleneck()
                ? BottleneckDistance.distance(comparison.first(), comparison.second())
                : WassersteinDistance.distance(comparison.first(), comparison.second(), comparison.order());
    }
}
