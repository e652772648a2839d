package aura.domain.tda;

/**
 * A finite metric space on the points {@code 0..size()-1}.
 *
 * <p>Implementations guarantee {@code size() >= 1}, {@code distance(i, i) == 0},
 * {@code distance(i, j) == distance(j, i)}, and finite, non-negative distances.
 */
public interface FiniteMetricSpace {

    /** Number of points. */
    int size();

    /** Distance between points {@code i} and {@code j}. */
    double distance(int i, int j);
}
