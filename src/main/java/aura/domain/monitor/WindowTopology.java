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

import java.util.ArrayList;
import java.util.List;

/**
 * The shape of one window of a series: its delay embedding (points {@code (x_t, x_{t−τ}, …)} in
 * {@code dimension} dimensions) through Vietoris–Rips persistence in dimensions 0 and 1, summarised by the
 * persistence entropy and the L² norm of the first landscape level of each dimension. The window's values are
 * already on a common scale (the detector's normaliser), so diagrams of different windows compare.
 */
public record WindowTopology(PersistenceDiagram h0, PersistenceDiagram h1, double entropy, double landscapeNorm) {
    private static final int LANDSCAPE_SAMPLES = 32;

    public static WindowTopology of(double[] window, int dimension, int delay) {
        int points = window.length - (dimension - 1) * delay;
        if (points < 2) throw new IllegalArgumentException("a window needs more values than its embedding spans");
        double[][] cloud = new double[points][dimension];
        for (int i = 0; i < points; i++) {
            for (int d = 0; d < dimension; d++) cloud[i][d] = window[i + (dimension - 1 - d) * delay];
        }
        Barcode barcode = VietorisRips.barcode(new PointCloud(cloud), RipsParameters.defaults().withMaxDimension(1));
        double span = span(window) * Math.sqrt(dimension);
        // The one infinite H0 bar says only that the cloud is connected; cap it at the cloud's diameter bound.
        PersistenceDiagram h0 = barcode.diagram(0).withInfiniteDeathsCappedAt(span).withoutZeroLengthIntervals();
        PersistenceDiagram h1 = barcode.diagram(1).withInfiniteDeathsCappedAt(span).withoutZeroLengthIntervals();
        double entropy = DiagramSummaries.persistentEntropy(h0) + DiagramSummaries.persistentEntropy(h1);
        return new WindowTopology(h0, h1, entropy, norm(h0, span) + norm(h1, span));
    }

    /** The 1-Wasserstein distance to another window's shape, dimensions 0 and 1 added. */
    public double distance(WindowTopology other) {
        return WassersteinDistance.distance(h0, other.h0, 1) + WassersteinDistance.distance(h1, other.h1, 1);
    }

    /** Betti numbers b0, b1 at scale {@code t}. */
    public int[] betti(double t) {
        return new int[]{h0.bettiNumberAt(t), h1.bettiNumberAt(t)};
    }

    /** Every bar as {birth, death, dimension}. */
    public List<double[]> bars() {
        List<double[]> bars = new ArrayList<>();
        for (PersistenceInterval i : h0.intervals()) bars.add(new double[]{i.birth(), i.death(), 0});
        for (PersistenceInterval i : h1.intervals()) bars.add(new double[]{i.birth(), i.death(), 1});
        return bars;
    }

    private static double norm(PersistenceDiagram d, double span) {
        if (d.size() == 0 || !(span > 0)) return 0;
        var landscape = PersistenceLandscape.of(d, 1, new ScaleGrid(0, span, LANDSCAPE_SAMPLES));
        double sum = 0;
        for (double v : landscape.level(0)) sum += v * v;
        return Math.sqrt(sum * span / LANDSCAPE_SAMPLES);
    }

    private static double span(double[] window) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : window) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return Math.max(max - min, 1e-9);
    }
}
