package aura.domain.tda;

import java.util.ArrayList;
import java.util.List;

/**
 * The persistence intervals of one homology dimension, in the order the producer gave them.
 *
 * <p>Invariants: {@code dimension >= 0}; {@code intervals} is an unmodifiable copy without nulls.
 */
public record PersistenceDiagram(int dimension, List<PersistenceInterval> intervals) {

    public PersistenceDiagram {
        if (dimension < 0) {
            throw new IllegalArgumentException("dimension must be non-negative but was " + dimension);
        }
        if (intervals == null) {
            throw new IllegalArgumentException("intervals must not be null");
        }
        intervals = List.copyOf(intervals);
    }

    /** A diagram without intervals. */
    public static PersistenceDiagram empty(int dimension) {
        return new PersistenceDiagram(dimension, List.of());
    }

    /** Number of intervals. */
    public int size() {
        return intervals.size();
    }

    /** The intervals with a finite death. */
    public List<PersistenceInterval> finiteIntervals() {
        return intervals.stream().filter(i -> !i.isInfinite()).toList();
    }

    /** The essential intervals (infinite death). */
    public List<PersistenceInterval> infiniteIntervals() {
        return intervals.stream().filter(PersistenceInterval::isInfinite).toList();
    }

    /** This diagram without bars of zero length. */
    public PersistenceDiagram withoutZeroLengthIntervals() {
        return new PersistenceDiagram(dimension,
                intervals.stream().filter(i -> !i.isZeroLength()).toList());
    }

    /**
     * This diagram with every infinite death replaced by {@code cap}; bars born at or after
     * {@code cap} are dropped. Useful before summaries that need finite bars.
     */
    public PersistenceDiagram withInfiniteDeathsCappedAt(double cap) {
        List<PersistenceInterval> capped = new ArrayList<>(intervals.size());
        for (PersistenceInterval i : intervals) {
            if (!i.isInfinite()) {
                capped.add(i);
            } else if (i.birth() < cap) {
                capped.add(new PersistenceInterval(i.birth(), cap));
            }
        }
        return new PersistenceDiagram(dimension, capped);
    }

    /** Betti number at scale {@code t}: the number of intervals alive at {@code t}. */
    public int bettiNumberAt(double t) {
        int count = 0;
        for (PersistenceInterval i : intervals) {
            if (i.isAliveAt(t)) {
                count++;
            }
        }
        return count;
    }
}
