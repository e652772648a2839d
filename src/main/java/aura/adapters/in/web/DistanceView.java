package aura.adapters.in.web;

import aura.application.tda.DiagramComparison;
import io.micronaut.serde.annotation.Serdeable;

/**
 * {@code POST /api/tda/distance}: the distance (null when it is infinite, i.e. the diagrams hold different numbers of
 * infinite bars), and the metric, {@code wasserstein} with its order {@code p} or {@code bottleneck}.
 */
@Serdeable
record DistanceView(Double distance, boolean infinite, String metric, Double p) {
    static DistanceView of(double distance, DiagramComparison comparison) {
        boolean infinite = Double.isInfinite(distance);
        return new DistanceView(infinite ? null : distance, infinite,
                comparison.isBottleneck() ? "bottleneck" : "wasserstein",
                comparison.isBottleneck() ? null : comparison.order());
    }
}
