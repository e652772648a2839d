package aura.domain.tda;

import java.util.List;

/**
 * Persistence diagrams of all dimensions {@code 0..maxDimension()} of one filtration.
 *
 * <p>Invariants: at least one diagram; the diagram at position {@code d} has dimension {@code d}.
 */
public record Barcode(List<PersistenceDiagram> diagrams) {

    public Barcode {
        if (diagrams == null || diagrams.isEmpty()) {
            throw new IllegalArgumentException("a barcode needs at least the diagram of dimension 0");
        }
        diagrams = List.copyOf(diagrams);
        for (int d = 0; d < diagrams.size(); d++) {
            if (diagrams.get(d).dimension() != d) {
                throw new IllegalArgumentException("diagram at position " + d
                        + " has dimension " + diagrams.get(d).dimension());
            }
        }
    }

    /** Highest dimension held. */
    public int maxDimension() {
        return diagrams.size() - 1;
    }

    /** Diagram of dimension {@code d}; an empty diagram for dimensions above {@link #maxDimension()}. */
    public PersistenceDiagram diagram(int d) {
        if (d < 0) {
            throw new IllegalArgumentException("dimension must be non-negative but was " + d);
        }
        return d < diagrams.size() ? diagrams.get(d) : PersistenceDiagram.empty(d);
    }

    /** Betti numbers {@code beta_0..beta_maxDimension} at scale {@code t}. */
    public int[] bettiNumbersAt(double t) {
        int[] betti = new int[diagrams.size()];
        for (int d = 0; d < betti.length; d++) {
            betti[d] = diagrams.get(d).bettiNumberAt(t);
        }
        return betti;
    }
}
