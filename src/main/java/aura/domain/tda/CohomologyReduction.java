package aura.domain.tda;

import java.util.Arrays;
import java.util.List;

/**
 * Reduces the coboundary matrix of one dimension of a Vietoris–Rips filtration, column by column
 * in reverse filtration order, as in Ripser: coboundaries are enumerated implicitly, the reduced
 * column is kept as a lazy heap, and only the reduction matrix V (which simplices were added) is
 * stored, so the coboundary of any earlier column can be regenerated on demand.
 *
 * <p>A column whose earliest cofacet has its own diameter and is no other column's pivot forms an
 * emergent pair and is finished without building its coboundary. Columns in zero apparent pairs
 * are never given to the reduction; their pivots are recognised on demand instead of stored.
 */
final class CohomologyReduction {

    private final RipsSpace space;
    private final Deadline deadline;
    private final PrimeField field;
    private final int bits;
    private final long coefficientMask;
    private final CoboundaryEnumerator enumerator;
    private final ApparentPairs apparent;
    private final WorkingCoboundary working;
    private final int[] scratchVertices;
    private long[] pendingV = new long[16];
    private int pendingSize;

    CohomologyReduction(RipsSpace space) {
        this.space = space;
        this.deadline = space.deadline();
        this.field = space.field();
        this.bits = space.coefficientBits();
        this.coefficientMask = (1L << bits) - 1;
        this.enumerator = space.newEnumerator();
        this.apparent = new ApparentPairs(space);
        this.working = new WorkingCoboundary(field, bits);
        this.scratchVertices = new int[space.maxDimension() + 2];
    }

    /**
     * Reduces the given {@code dim}-simplices (sorted in filtration order, cleared columns already
     * removed), appends the non-zero-length intervals of dimension {@code dim} to {@code bars}, and
     * returns the pivots: each (dim+1)-simplex that kills a class, mapped to its column.
     */
    LongIntHashMap reduce(SimplexList columns, int dim, List<PersistenceInterval> bars) {
        int m = columns.size();
        LongIntHashMap pivots = new LongIntHashMap(m);
        int[] pivotCoefficient = new int[m];
        int[] vStart = new int[m];
        int[] vEnd = new int[m];
        ReductionMatrix v = new ReductionMatrix();
        for (int j = m - 1; j >= 0; j--) {
            deadline.tick();
            double birth = columns.diameter(j);
            long pivot = initialPivot(columns.index(j), birth, dim, pivots);
            while (pivot != WorkingCoboundary.NONE) {
                deadline.tick();
                int k = pivots.get(pivot >>> bits, -1);
                if (k >= 0) {
                    int factor = field.negate(field.multiply((int) (pivot & coefficientMask),
                            field.inverse(pivotCoefficient[k])));
                    addColumn(columns, k, factor, dim, v, vStart, vEnd);
                } else if (!addApparentColumn(pivot, dim)) {
                    break;
                }
                pivot = working.popPivot();
            }
            if (pivot == WorkingCoboundary.NONE) {
                bars.add(PersistenceInterval.infinite(birth));
                continue;
            }
            pivots.put(pivot >>> bits, j);
            pivotCoefficient[j] = (int) (pivot & coefficientMask);
            vStart[j] = v.size();
            v.appendCombined(pendingV, pendingSize, bits, field);
            vEnd[j] = v.size();
            double death = working.pivotDiameter();
            if (death > birth) {
                bars.add(new PersistenceInterval(birth, death));
            }
        }
        return pivots;
    }

    /** Fills the working coboundary with the column's coboundary and returns its pivot. */
    private long initialPivot(long index, double diameter, int dim, LongIntHashMap pivots) {
        working.clear();
        pendingSize = 0;
        boolean checkEmergent = true;
        enumerator.reset(index, diameter, dim);
        double threshold = space.threshold();
        while (enumerator.hasNext()) {
            enumerator.next();
            double d = enumerator.diameter();
            if (d > threshold) {
                continue;
            }
            long entry = enumerator.index() << bits | (enumerator.signIsNegative() ? field.modulus() - 1 : 1);
            if (checkEmergent && d == diameter) {
                // the first cofacet of equal diameter is the earliest cofacet overall
                if (!pivots.containsKey(enumerator.index())
                        && apparent.zeroApparentFacet(enumerator.index(), d, dim + 1) == ApparentPairs.NONE) {
                    working.clear();
                    working.push(d, entry);
                    return working.popPivot();
                }
                checkEmergent = false;
            }
            working.push(d, entry);
        }
        return working.popPivot();
    }

    private void addColumn(SimplexList columns, int k, int factor, int dim,
                           ReductionMatrix v, int[] vStart, int[] vEnd) {
        long index = columns.index(k);
        pushCoboundary(index, columns.diameter(k), dim, factor);
        appendPending(index, factor);
        for (int e = vStart[k]; e < vEnd[k]; e++) {
            long entry = v.get(e);
            long simplex = entry >>> bits;
            int coefficient = field.multiply(factor, (int) (entry & coefficientMask));
            pushCoboundary(simplex, space.diameter(simplex, dim, scratchVertices), dim, coefficient);
            appendPending(simplex, coefficient);
        }
    }

    /**
     * If the pivot is the cofacet of a zero apparent pair, its facet's column (never stored, as it
     * needs no reduction: its coboundary is already reduced) is added to clear the pivot.
     */
    private boolean addApparentColumn(long pivot, int dim) {
        double diameter = working.pivotDiameter();
        long facet = apparent.zeroApparentFacet(pivot >>> bits, diameter, dim + 1);
        if (facet == ApparentPairs.NONE) {
            return false;
        }
        int coefficient = apparent.facetSignNegative() ? field.modulus() - 1 : 1;
        int factor = field.negate(field.multiply((int) (pivot & coefficientMask), field.inverse(coefficient)));
        pushCoboundary(facet, diameter, dim, factor); // a zero pair: the facet has the same diameter
        appendPending(facet, factor);
        return true;
    }

    private void pushCoboundary(long index, double diameter, int dim, int coefficient) {
        enumerator.reset(index, diameter, dim);
        double threshold = space.threshold();
        int negated = field.negate(coefficient);
        while (enumerator.hasNext()) {
            enumerator.next();
            double d = enumerator.diameter();
            if (d <= threshold) {
                working.push(d, enumerator.index() << bits | (enumerator.signIsNegative() ? negated : coefficient));
            }
        }
    }

    private void appendPending(long simplex, int coefficient) {
        if (pendingSize == pendingV.length) {
            pendingV = Arrays.copyOf(pendingV, pendingSize * 2);
        }
        pendingV[pendingSize++] = simplex << bits | coefficient;
    }
}
