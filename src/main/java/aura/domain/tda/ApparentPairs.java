package aura.domain.tda;

/**
 * Recognises zero apparent pairs {@code (sigma, tau)}: {@code tau} is the earliest cofacet of
 * {@code sigma}, {@code sigma} the latest facet of {@code tau}, and both have the same diameter.
 * Such pairs are persistence pairs of length zero, so their columns need no reduction and their
 * pivots need not be stored; most simplices of a Rips filtration are in one (Bauer 2021).
 *
 * <p>In the filtration order (diameter, then descending index), the earliest cofacet of equal
 * diameter is the first one the enumerator meets, and the latest facet of equal diameter is the
 * one of smallest index, i.e. the one dropping the highest vertex possible.
 */
final class ApparentPairs {

    static final long NONE = -1L;

    private final RipsSpace space;
    private final BinomialTable binomials;
    private final CoboundaryEnumerator cofacets;
    private final int[] vertices;
    private boolean facetSignNegative;

    ApparentPairs(RipsSpace space) {
        this.space = space;
        this.binomials = space.binomials();
        this.cofacets = space.newEnumerator();
        this.vertices = new int[space.maxDimension() + 3];
    }

    /** The cofacet pairing with the {@code dim}-simplex, or {@link #NONE}. */
    long zeroApparentCofacet(long index, double diameter, int dim) {
        long cofacet = firstCofacetOfEqualDiameter(index, diameter, dim);
        if (cofacet == NONE || latestFacetOfEqualDiameter(cofacet, diameter, dim + 1) != index) {
            return NONE;
        }
        return cofacet;
    }

    /**
     * The facet pairing with the {@code dim}-simplex, or {@link #NONE}; afterwards
     * {@link #facetSignNegative()} tells the sign of that facet in the simplex's boundary.
     */
    long zeroApparentFacet(long index, double diameter, int dim) {
        long facet = latestFacetOfEqualDiameter(index, diameter, dim);
        boolean negative = facetSignNegative;
        if (facet == NONE || firstCofacetOfEqualDiameter(facet, diameter, dim - 1) != index) {
            return NONE;
        }
        facetSignNegative = negative;
        return facet;
    }

    boolean isInZeroApparentPair(long index, double diameter, int dim) {
        return zeroApparentFacet(index, diameter, dim) != NONE
                || zeroApparentCofacet(index, diameter, dim) != NONE;
    }

    /** Sign of the facet returned by the last successful {@link #zeroApparentFacet}. */
    boolean facetSignNegative() {
        return facetSignNegative;
    }

    private long firstCofacetOfEqualDiameter(long index, double diameter, int dim) {
        cofacets.reset(index, diameter, dim);
        while (cofacets.hasNext()) {
            cofacets.next();
            if (cofacets.diameter() == diameter) {
                return cofacets.index();
            }
        }
        return NONE;
    }

    /** Facets by ascending index: dropping vertex {@code w[i]} for i = 0, 1, ... (vertices descending). */
    private long latestFacetOfEqualDiameter(long index, double diameter, int dim) {
        if (dim == 0) {
            return NONE;
        }
        int[] w = vertices;
        binomials.vertices(index, dim, w);
        long below = index; // sum of the terms of the vertices after position i, unchanged by the drop
        long above = 0;     // terms of the vertices before position i, each shifted down one slot
        for (int i = 0; i <= dim; i++) {
            below -= binomials.get(w[i], dim + 1 - i);
            if (facetDiameter(w, dim, i) == diameter) {
                facetSignNegative = ((dim - i) & 1) == 1; // ascending position of the dropped vertex
                return above + below;
            }
            above += binomials.get(w[i], dim - i);
        }
        return NONE;
    }

    private double facetDiameter(int[] w, int dim, int dropped) {
        double diameter = 0;
        for (int a = 0; a <= dim; a++) {
            for (int b = a + 1; a != dropped && b <= dim; b++) {
                if (b != dropped) {
                    diameter = Math.max(diameter, space.distance(w[a], w[b]));
                }
            }
        }
        return diameter;
    }
}
