package aura.domain.tda;

import java.util.ArrayList;
import java.util.List;

/**
 * Persistent homology of the Vietoris–Rips filtration of a finite metric space, computed as
 * Ripser does: H0 by union-find over the sorted edges, higher dimensions by persistent
 * cohomology with clearing, implicit coboundaries, emergent and apparent pairs.
 *
 * <p>Without a threshold the filtration is cut at the enclosing radius
 * {@code min_i max_j d(i, j)}: beyond it the complex is a cone, so nothing is born or dies there
 * except the one connected component, which stays infinite. Zero-length bars are never reported.
 */
public final class VietorisRips {

    private VietorisRips() {
    }

    /** Barcode of dimensions {@code 0..1} over {@code Z/2}, no threshold. */
    public static Barcode barcode(FiniteMetricSpace space) {
        return barcode(space, RipsParameters.defaults());
    }

    /**
     * Barcode of dimensions {@code 0..parameters.maxDimension()}.
     *
     * @throws IllegalArgumentException if the space is too large for the requested dimension
     */
    public static Barcode barcode(FiniteMetricSpace space, RipsParameters parameters) {
        return barcode(space, parameters, Deadline.none());
    }

    /**
     * Barcode of dimensions {@code 0..parameters.maxDimension()}, stopped when {@code deadline} says so.
     *
     * @throws Deadline.Expired if the time is up first
     * @throws java.util.concurrent.CancellationException if the caller goes away first
     */
    public static Barcode barcode(FiniteMetricSpace space, RipsParameters parameters, Deadline deadline) {
        if (space == null || space.size() < 1) {
            throw new IllegalArgumentException("metric space is empty");
        }
        DistanceMatrix distances = DistanceMatrix.of(space);
        double threshold = Math.min(parameters.threshold(), enclosingRadius(distances, deadline));
        RipsSpace rips = new RipsSpace(distances, threshold, new PrimeField(parameters.modulus()),
                parameters.maxDimension(), deadline);
        List<PersistenceDiagram> diagrams = new ArrayList<>();
        SimplexList edges = sortedEdges(rips);
        SimplexList columns = new SimplexList(0);
        diagrams.add(new PersistenceDiagram(0, ConnectedComponents.persistence(rips, edges, columns,
                new ApparentPairs(rips))));
        SimplexList simplices = edges;
        CohomologyReduction reduction = new CohomologyReduction(rips);
        for (int dim = 1; dim <= parameters.maxDimension(); dim++) {
            List<PersistenceInterval> bars = new ArrayList<>();
            LongIntHashMap pivots = reduction.reduce(columns, dim, bars);
            diagrams.add(new PersistenceDiagram(dim, bars));
            if (dim < parameters.maxDimension()) {
                boolean keepAll = dim + 1 < parameters.maxDimension();
                SimplexList next = keepAll ? new SimplexList(simplices.size()) : null;
                columns = ColumnAssembly.nextColumns(rips, simplices, dim, pivots, next);
                simplices = next;
            }
        }
        return new Barcode(diagrams);
    }

    /** {@code min_i max_j d(i, j)}; 0 for a single point. */
    static double enclosingRadius(FiniteMetricSpace space, Deadline deadline) {
        int n = space.size();
        double radius = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            deadline.tick();
            double eccentricity = 0;
            for (int j = 0; j < n; j++) {
                eccentricity = Math.max(eccentricity, space.distance(i, j));
            }
            radius = Math.min(radius, eccentricity);
        }
        return radius;
    }

    private static SimplexList sortedEdges(RipsSpace rips) {
        SimplexList edges = new SimplexList(16);
        int n = rips.size();
        for (int i = 1; i < n; i++) {
            rips.deadline().tick();
            for (int j = 0; j < i; j++) {
                double d = rips.distance(i, j);
                if (d <= rips.threshold()) {
                    edges.add(d, rips.edgeIndex(i, j));
                }
            }
        }
        edges.sortByFiltration();
        return edges;
    }
}
