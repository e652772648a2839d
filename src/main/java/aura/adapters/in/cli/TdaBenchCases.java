package aura.adapters.in.cli;

import aura.domain.tda.Barcode;
import aura.domain.tda.BottleneckDistance;
import aura.domain.tda.PersistenceDiagram;
import aura.domain.tda.PointCloud;
import aura.domain.tda.RipsParameters;
import aura.domain.tda.VietorisRips;
import aura.domain.tda.WassersteinDistance;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * The benchmark cases of the TDA engine: uniform random clouds in unit cubes drawn from fixed seeds, so every run
 * (and the C++ comparison, which reads the same clouds from files) sees the same input.
 */
final class TdaBenchCases {
    /** A named, repeatable task; its result stays reachable while the benchmark measures the live heap. */
    record Case(String name, String description, Supplier<Object> task) {
    }

    /** A cloud of the benchmark: {@code n} points drawn uniformly from {@code [0,1]^dim} with {@code seed}. */
    record Cloud(String name, int n, int dim, long seed) {
        PointCloud points() {
            Random random = new Random(seed);
            double[][] points = new double[n][dim];
            for (double[] p : points) {
                for (int k = 0; k < dim; k++) p[k] = random.nextDouble();
            }
            return new PointCloud(points);
        }
    }

    static final Cloud CUBE_1000 = new Cloud("cube-1000-r3", 1000, 3, 1);
    static final Cloud CUBE_2000 = new Cloud("cube-2000-r3", 2000, 3, 2);
    static final Cloud CUBE_500 = new Cloud("cube-500-r3", 500, 3, 3);
    static final Cloud CUBE_50_R8 = new Cloud("cube-50-r8", 50, 8, 4);
    static final List<Cloud> CLOUDS = List.of(CUBE_1000, CUBE_2000, CUBE_500, CUBE_50_R8);

    private TdaBenchCases() {
    }

    /** The H1 diagrams of {@link #CUBE_1000} and {@link #CUBE_2000}, the inputs of the distance cases. */
    static List<PersistenceDiagram> h1Diagrams() {
        return List.of(VietorisRips.barcode(CUBE_1000.points()).diagram(1),
                VietorisRips.barcode(CUBE_2000.points()).diagram(1));
    }

    static List<Case> all() {
        RipsParameters h1 = RipsParameters.defaults();
        List<Case> cases = new ArrayList<>();
        cases.add(rips("rips-1000-r3-h1", "H0+H1, 1000 points in [0,1]^3", CUBE_1000, h1));
        cases.add(rips("rips-2000-r3-h1", "H0+H1, 2000 points in [0,1]^3", CUBE_2000, h1));
        cases.add(rips("rips-500-r3-h2", "H0..H2, 500 points in [0,1]^3", CUBE_500, h1.withMaxDimension(2)));
        cases.add(rips("rips-50-r8-h1", "H0+H1, 50 points in [0,1]^8", CUBE_50_R8, h1));
        List<PersistenceDiagram> diagrams = new ArrayList<>(); // computed once, on first use
        Supplier<List<PersistenceDiagram>> diagramsOnce = () -> {
            if (diagrams.isEmpty()) diagrams.addAll(h1Diagrams());
            return diagrams;
        };
        cases.add(new Case("wasserstein2-h1", "exact W2, H1 of 1000 vs 2000 points",
                () -> (WassersteinDistance.distance(diagramsOnce.get().get(0), diagramsOnce.get().get(1), 2))));
        cases.add(new Case("bottleneck-h1", "exact bottleneck, H1 of 1000 vs 2000 points",
                () -> (BottleneckDistance.distance(diagramsOnce.get().get(0), diagramsOnce.get().get(1)))));
        return cases;
    }

    private static Case rips(String name, String description, Cloud cloud, RipsParameters parameters) {
        PointCloud points = cloud.points();
        return new Case(name, description, () -> VietorisRips.barcode(points, parameters));
    }

    /** What a case computed, in one line: bars per dimension, or the distance. */
    static String summary(Object result) {
        if (!(result instanceof Barcode barcode)) return String.valueOf(result);
        StringBuilder s = new StringBuilder();
        for (PersistenceDiagram d : barcode.diagrams()) {
            s.append(s.isEmpty() ? "" : " ").append("H").append(d.dimension()).append(':').append(d.size());
        }
        return s.toString();
    }
}
