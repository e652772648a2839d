package aura.domain.tda;

import java.util.Arrays;

/**
 * The first {@code levels} persistence landscape functions of a diagram, sampled on a grid:
 * {@code lambda_k(t)} is the k-th largest of the tents {@code max(0, min(t - birth, death - t))}.
 *
 * <p>Only finite bars contribute; cap essential bars first with
 * {@link PersistenceDiagram#withInfiniteDeathsCappedAt(double)} to include them.
 */
public final class PersistenceLandscape {

    private final ScaleGrid grid;
    private final double[][] values; // values[level][sample]

    private PersistenceLandscape(ScaleGrid grid, double[][] values) {
        this.grid = grid;
        this.values = values;
    }

    /** @throws IllegalArgumentException if {@code levels < 1} */
    public static PersistenceLandscape of(PersistenceDiagram diagram, int levels, ScaleGrid grid) {
        if (levels < 1) {
            throw new IllegalArgumentException("landscape needs at least 1 level but got " + levels);
        }
        var bars = diagram.finiteIntervals();
        double[][] values = new double[levels][grid.samples()];
        double[] tents = new double[bars.size()];
        for (int s = 0; s < grid.samples(); s++) {
            double t = grid.at(s);
            for (int b = 0; b < tents.length; b++) {
                PersistenceInterval bar = bars.get(b);
                tents[b] = Math.max(0, Math.min(t - bar.birth(), bar.death() - t));
            }
            Arrays.sort(tents);
            for (int k = 0; k < levels && k < tents.length; k++) {
                values[k][s] = tents[tents.length - 1 - k];
            }
        }
        return new PersistenceLandscape(grid, values);
    }

    public ScaleGrid grid() {
        return grid;
    }

    public int levels() {
        return values.length;
    }

    /** {@code lambda_level} at the grid's {@code sample}-th scale; {@code level} counts from 0. */
    public double value(int level, int sample) {
        return values[level][sample];
    }

    /** A copy of {@code lambda_level} on the grid. */
    public double[] level(int level) {
        return values[level].clone();
    }
}
