package aura.domain.tda;

import java.util.Arrays;

/**
 * A diagram split for matching: finite points as parallel arrays, essential births sorted.
 * The ground metric between points is L-infinity; a point's distance to the diagonal is
 * half its persistence.
 */
final class DiagramPoints {

    final double[] births;
    final double[] deaths;
    final double[] essentialBirths;

    private DiagramPoints(double[] births, double[] deaths, double[] essentialBirths) {
        this.births = births;
        this.deaths = deaths;
        this.essentialBirths = essentialBirths;
    }

    static DiagramPoints of(PersistenceDiagram diagram) {
        if (diagram == null) {
            throw new IllegalArgumentException("diagram must not be null");
        }
        var finite = diagram.finiteIntervals();
        double[] births = new double[finite.size()];
        double[] deaths = new double[finite.size()];
        for (int i = 0; i < births.length; i++) {
            births[i] = finite.get(i).birth();
            deaths[i] = finite.get(i).death();
        }
        double[] essential = diagram.infiniteIntervals().stream().mapToDouble(PersistenceInterval::birth).toArray();
        Arrays.sort(essential);
        return new DiagramPoints(births, deaths, essential);
    }

    int size() {
        return births.length;
    }

    double toDiagonal(int i) {
        return (deaths[i] - births[i]) / 2;
    }

    static double between(DiagramPoints a, int i, DiagramPoints b, int j) {
        return Math.max(Math.abs(a.births[i] - b.births[j]), Math.abs(a.deaths[i] - b.deaths[j]));
    }

    /**
     * Two diagrams' points and the differences of their essential births ({@link #essentialDifferences}); a null
     * {@code essential} means the diagrams are infinitely far apart.
     */
    record Pair(DiagramPoints a, DiagramPoints b, double[] essential) {
        static Pair of(PersistenceDiagram first, PersistenceDiagram second) {
            DiagramPoints a = DiagramPoints.of(first);
            DiagramPoints b = DiagramPoints.of(second);
            return new Pair(a, b, essentialDifferences(a, b));
        }

        boolean infinitelyFar() {
            return essential == null;
        }
    }

    /**
     * Differences of essential births matched in sorted order (optimal for every convex cost on
     * the line), or null when the counts differ and no finite matching exists.
     */
    static double[] essentialDifferences(DiagramPoints a, DiagramPoints b) {
        if (a.essentialBirths.length != b.essentialBirths.length) {
            return null;
        }
        double[] diff = new double[a.essentialBirths.length];
        for (int i = 0; i < diff.length; i++) {
            diff[i] = Math.abs(a.essentialBirths[i] - b.essentialBirths[i]);
        }
        return diff;
    }
}
