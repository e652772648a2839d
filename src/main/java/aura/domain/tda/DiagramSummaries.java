package aura.domain.tda;

/**
 * Scalar and curve summaries of persistence diagrams. Essential bars are ignored by the
 * persistence-based summaries (their persistence is infinite); cap them first with
 * {@link PersistenceDiagram#withInfiniteDeathsCappedAt(double)} to include them.
 */
public final class DiagramSummaries {

    private DiagramSummaries() {
    }

    /** {@code sum (death - birth)^p} over finite bars; {@code p > 0}. */
    public static double totalPersistence(PersistenceDiagram diagram, double p) {
        if (!(p > 0) || Double.isInfinite(p)) {
            throw new IllegalArgumentException("total persistence exponent must be a finite number > 0 but was " + p);
        }
        double total = 0;
        for (PersistenceInterval bar : diagram.finiteIntervals()) {
            total += Math.pow(bar.persistence(), p);
        }
        return total;
    }

    /** {@code sum (death - birth)} over finite bars. */
    public static double totalPersistence(PersistenceDiagram diagram) {
        return totalPersistence(diagram, 1);
    }

    /**
     * Persistent entropy {@code -sum (l_i / L) ln(l_i / L)} of the finite bar lengths {@code l_i}
     * with {@code L = sum l_i}, in nats; 0 when no finite bar has positive length.
     */
    public static double persistentEntropy(PersistenceDiagram diagram) {
        double total = totalPersistence(diagram, 1);
        if (total == 0) {
            return 0;
        }
        double entropy = 0;
        for (PersistenceInterval bar : diagram.finiteIntervals()) {
            double share = bar.persistence() / total;
            if (share > 0) {
                entropy -= share * Math.log(share);
            }
        }
        return entropy;
    }

    /** Betti curve: the number of bars (essential ones included) alive at each grid scale. */
    public static int[] bettiCurve(PersistenceDiagram diagram, ScaleGrid grid) {
        int[] curve = new int[grid.samples()];
        for (int s = 0; s < curve.length; s++) {
            curve[s] = diagram.bettiNumberAt(grid.at(s));
        }
        return curve;
    }
}
