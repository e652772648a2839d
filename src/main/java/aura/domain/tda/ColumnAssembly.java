package aura.domain.tda;

/**
 * Builds the columns of the next dimension from the simplices of the current one: each
 * (dim+1)-simplex is produced exactly once, from its facet without its top vertex. Simplices
 * that are pivots of the current dimension are cleared: their columns would reduce to zero.
 * Simplices in a zero apparent pair are left out too: they would only produce zero-length bars.
 */
final class ColumnAssembly {

    private ColumnAssembly() {
    }

    /**
     * Returns the uncleared (dim+1)-simplices within the threshold, sorted in filtration order;
     * if {@code allSimplices} is not null every (dim+1)-simplex within the threshold is added to it.
     */
    static SimplexList nextColumns(RipsSpace rips, SimplexList simplices, int dim,
                                   LongIntHashMap pivots, SimplexList allSimplices) {
        CoboundaryEnumerator cofacets = rips.newEnumerator();
        ApparentPairs apparent = new ApparentPairs(rips);
        SimplexList columns = new SimplexList(simplices.size());
        double threshold = rips.threshold();
        Deadline deadline = rips.deadline();
        for (int s = 0; s < simplices.size(); s++) {
            deadline.tick();
            cofacets.reset(simplices.index(s), simplices.diameter(s), dim);
            while (cofacets.hasNextAboveTop()) {
                cofacets.next();
                double d = cofacets.diameter();
                if (d > threshold) {
                    continue;
                }
                long index = cofacets.index();
                if (allSimplices != null) {
                    allSimplices.add(d, index);
                }
                if (!pivots.containsKey(index) && !apparent.isInZeroApparentPair(index, d, dim + 1)) {
                    columns.add(d, index);
                }
            }
        }
        columns.sortByFiltration();
        return columns;
    }
}
