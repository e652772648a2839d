package aura.adapters.in.web;

import aura.application.tda.PersistenceReport;
import aura.domain.tda.PersistenceDiagram;
import aura.domain.tda.PersistenceInterval;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;

/**
 * {@code POST /api/tda/persistence}: the bars of each dimension as {@code [birth, death]} pairs, death null for a bar
 * that never dies, and the Betti numbers at {@code scale} (null when no scale was asked for).
 */
@Serdeable
record PersistenceView(int points, List<DimensionView> dimensions, Double scale, List<Integer> bettiNumbers) {

    @Serdeable
    record DimensionView(int dimension, List<List<Double>> bars) {
        static DimensionView of(PersistenceDiagram diagram) {
            return new DimensionView(diagram.dimension(), diagram.intervals().stream().map(DimensionView::bar).toList());
        }

        private static List<Double> bar(PersistenceInterval bar) {
            return Arrays.asList(bar.birth(), bar.isInfinite() ? null : bar.death());
        }
    }

    static PersistenceView of(PersistenceReport report, OptionalDouble scale) {
        return new PersistenceView(report.points(),
                report.barcode().diagrams().stream().map(DimensionView::of).toList(),
                scale.isPresent() ? scale.getAsDouble() : null,
                report.bettiNumbers().map(b -> Arrays.stream(b).boxed().toList()).orElse(null));
    }
}
