package aura.domain.monitor;

import aura.domain.tda.Barcode;
import aura.domain.tda.DiagramSummaries;
import aura.domain.tda.PersistenceDiagram;
import aura.domain.tda.PersistenceInterval;
import aura.domain.tda.PersistenceLandscape;
import aura.domain.tda.PointCloud;
import aura.domain.tda.RipsParameters;
import aura.domain.tda.ScaleGrid;
import aura.domain.tda.VietorisRips;
import aura.domain.tda.WassersteinDistance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The shape of a node's last window of samples: each sample is a point whose coordinates are the node's metrics on
 * a common scale, and the window's cloud goes through Vietoris–Rips persistence in dimensions 0, 1 and 2.
 * {@code betti} is counted at {@code scale}, the median death of the H0 bars (the distance at which half the
 * samples have joined); {@code wasserstein} is the 1-Wasserstein distance (all dimensions added) to the window
 * that ended one window earlier (0 for the first); {@code entropy} is the persistence entropy and
 * {@code landscapeNorm} the L² norm of the first landscape level, each summed over the dimensions.
 */
public record NodeTopology(String node, Instant at, int[] betti, double scale, List<double[]> diagram,
                           double wasserstein, double entropy, double landscapeNorm,
                           List<PersistenceDiagram> diagrams) {
    private static final int LANDSCAPE_SAMPLES = 32;

    public NodeTopology {
        betti = betti.clone();
        diagram = List.copyOf(diagram);
        diagrams = List.copyOf(diagrams);
    }

    /** The summaries only, as a stored window keeps them. */
    public record Summary(String node, Instant at, int b0, int b1, int b2, double wasserstein, double entropy,
                          double landscapeNorm) {
    }

    public Summary summary() {
        return new Summary(node, at, betti[0], betti[1], betti[2], wasserstein, entropy, landscapeNorm);
    }

    /** {@code cloud}: one row per sample, already scaled; {@code before}: the previous window's shape, if any. */
    public static NodeTopology of(String node, Instant at, double[][] cloud, NodeTopology before) {
        double span = 0;
        for (double[] a : cloud) for (double[] b : cloud) span = Math.max(span, distance(a, b));
        span = Math.max(span, 1e-9);
        Barcode barcode = VietorisRips.barcode(new PointCloud(cloud), RipsParameters.defaults().withMaxDimension(2));
        List<PersistenceDiagram> diagrams = new ArrayList<>();
        for (int d = 0; d <= 2; d++) {
            diagrams.add(barcode.diagram(d).withInfiniteDeathsCappedAt(span).withoutZeroLengthIntervals());
        }
        double scale = medianDeath(diagrams.get(0));
        int[] betti = new int[3];
        List<double[]> bars = new ArrayList<>();
        double entropy = 0;
        double norm = 0;
        for (int d = 0; d <= 2; d++) {
            PersistenceDiagram diagram = diagrams.get(d);
            betti[d] = diagram.bettiNumberAt(scale);
            for (PersistenceInterval i : diagram.intervals()) bars.add(new double[]{i.birth(), i.death(), d});
            entropy += DiagramSummaries.persistentEntropy(diagram);
            norm += norm(diagram, span);
        }
        double wasserstein = 0;
        if (before != null) {
            for (int d = 0; d <= 2; d++) wasserstein += WassersteinDistance.distance(diagrams.get(d), before.diagrams.get(d), 1);
        }
        return new NodeTopology(node, at, betti, scale, bars, wasserstein, entropy, norm, diagrams);
    }

    private static double medianDeath(PersistenceDiagram h0) {
        double[] deaths = h0.intervals().stream().mapToDouble(PersistenceInterval::death).sorted().toArray();
        if (deaths.length == 0) return 0;
        return deaths[(deaths.length - 1) / 2];
    }

    private static double norm(PersistenceDiagram d, double span) {
        if (d.size() == 0) return 0;
        var landscape = PersistenceLandscape.of(d, 1, new ScaleGrid(0, span, LANDSCAPE_SAMPLES));
        double sum = 0;
        for (double v : landscape.level(0)) sum += v * v;
        return Math.sqrt(sum * span / LANDSCAPE_SAMPLES);
    }

    private static double distance(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += (a[i] - b[i]) * (a[i] - b[i]);
        return Math.sqrt(s);
    }
}
