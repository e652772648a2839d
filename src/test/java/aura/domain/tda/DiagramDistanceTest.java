package aura.domain.tda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DiagramDistanceTest {

    static PersistenceDiagram randomDiagram(Random random, int maxSize, int essential) {
        List<PersistenceInterval> bars = new ArrayList<>();
        int size = random.nextInt(maxSize + 1);
        for (int i = 0; i < size; i++) {
            double birth = Math.round(random.nextDouble() * 40) / 8.0; // coarse grid: ties happen
            bars.add(new PersistenceInterval(birth, birth + Math.round(random.nextDouble() * 24) / 8.0));
        }
        for (int i = 0; i < essential; i++) {
            bars.add(PersistenceInterval.infinite(random.nextInt(5)));
        }
        return new PersistenceDiagram(1, bars);
    }

    private static final double[] ORDERS = {1, 2, 3.5};

    /** Diagrams without essential bars drawn from one seed, of at most these sizes. */
    static PersistenceDiagram[] randomDiagrams(long seed, int... maxSizes) {
        Random random = new Random(seed);
        return IntStream.of(maxSizes).mapToObj(size -> randomDiagram(random, size, 0))
                .toArray(PersistenceDiagram[]::new);
    }

    static Stream<Long> seeds() {
        return IntStream.range(0, 80).mapToObj(i -> (long) i);
    }

    /** Enumerates every permutation of the diagonal-augmented problem. */
    static double bruteForce(PersistenceDiagram x, PersistenceDiagram y, double p, boolean bottleneck) {
        var pair = DiagramPoints.Pair.of(x, y);
        if (pair.infinitelyFar()) {
            return Double.POSITIVE_INFINITY;
        }
        double[][] cost = WassersteinDistance.costMatrix(pair.a(), pair.b(), bottleneck ? 1 : p);
        int n = cost.length;
        double best = permute(cost, new int[n], new boolean[n], 0, bottleneck);
        double essentialPart = 0;
        for (double d : pair.essential()) {
            essentialPart = bottleneck ? Math.max(essentialPart, d) : essentialPart + Math.pow(d, p);
        }
        return bottleneck ? Math.max(best, essentialPart) : Math.pow(best + essentialPart, 1 / p);
    }

    private static double permute(double[][] cost, int[] perm, boolean[] used, int row, boolean bottleneck) {
        if (row == cost.length) {
            double total = 0;
            for (int i = 0; i < perm.length; i++) {
                total = bottleneck ? Math.max(total, cost[i][perm[i]]) : total + cost[i][perm[i]];
            }
            return total;
        }
        double best = Double.POSITIVE_INFINITY;
        for (int j = 0; j < cost.length; j++) {
            if (!used[j] && cost[row][j] != Double.POSITIVE_INFINITY) {
                used[j] = true;
                perm[row] = j;
                best = Math.min(best, permute(cost, perm, used, row + 1, bottleneck));
                used[j] = false;
            }
        }
        return best;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void wassersteinEqualsTheBestOfAllAugmentedAssignments(long seed) {
        PersistenceDiagram[] d = randomDiagrams(seed, 4, 4);
        for (double p : ORDERS) {
            assertEquals(bruteForce(d[0], d[1], p, false), WassersteinDistance.distance(d[0], d[1], p), 1e-9, "p=" + p);
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void wassersteinAgreesWithTheDenseSquareAssignmentOnLargerDiagrams(long seed) {
        PersistenceDiagram[] d = randomDiagrams(seed, 60, 90);
        PersistenceDiagram x = d[0];
        PersistenceDiagram y = d[1];
        for (double p : ORDERS) {
            double dense = new AssignmentProblem(WassersteinDistance.costMatrix(DiagramPoints.of(x), DiagramPoints.of(y), p))
                    .minimumCost();
            assertEquals(Math.pow(dense, 1 / p), WassersteinDistance.distance(x, y, p), 1e-9, "p=" + p);
            assertEquals(Math.pow(dense, 1 / p), WassersteinDistance.distance(y, x, p), 1e-9, "p=" + p + " swapped");
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void bottleneckEqualsTheBestOfAllAugmentedAssignments(long seed) {
        PersistenceDiagram[] d = randomDiagrams(seed, 4, 4);
        assertEquals(bruteForce(d[0], d[1], 1, true), BottleneckDistance.distance(d[0], d[1]), 1e-12);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void distancesAreSymmetricZeroOnEqualDiagramsAndObeyTheTriangleInequality(long seed) {
        Random random = new Random(seed);
        int essential = random.nextInt(2);
        PersistenceDiagram x = randomDiagram(random, 12, essential);
        PersistenceDiagram y = randomDiagram(random, 12, essential);
        PersistenceDiagram z = randomDiagram(random, 12, essential);
        assertEquals(0, BottleneckDistance.distance(x, x));
        assertEquals(0, WassersteinDistance.distance(x, x, 2), 1e-12);
        assertEquals(BottleneckDistance.distance(x, y), BottleneckDistance.distance(y, x));
        assertEquals(WassersteinDistance.distance(x, y, 2), WassersteinDistance.distance(y, x, 2), 1e-9);
        assertTrue(BottleneckDistance.distance(x, z)
                <= BottleneckDistance.distance(x, y) + BottleneckDistance.distance(y, z) + 1e-12);
        for (double p : new double[] {1, 2}) {
            assertTrue(WassersteinDistance.distance(x, z, p)
                    <= WassersteinDistance.distance(x, y, p) + WassersteinDistance.distance(y, z, p) + 1e-9);
        }
        assertTrue(BottleneckDistance.distance(x, y) <= WassersteinDistance.distance(x, y, 1) + 1e-12);
    }

    @Test
    void essentialBarsAreMatchedAmongThemselvesByBirth() {
        PersistenceDiagram x = new PersistenceDiagram(0, List.of(PersistenceInterval.infinite(0),
                PersistenceInterval.infinite(3), new PersistenceInterval(0, 1)));
        PersistenceDiagram y = new PersistenceDiagram(0, List.of(PersistenceInterval.infinite(1),
                PersistenceInterval.infinite(0)));
        assertEquals(2, BottleneckDistance.distance(x, y));
        assertEquals(Math.sqrt(4 + 0.25), WassersteinDistance.distance(x, y, 2), 1e-12);
    }

    @Test
    void differentNumbersOfEssentialBarsAreInfinitelyFarApart() {
        PersistenceDiagram x = new PersistenceDiagram(0, List.of(PersistenceInterval.infinite(0)));
        PersistenceDiagram y = PersistenceDiagram.empty(0);
        assertEquals(Double.POSITIVE_INFINITY, BottleneckDistance.distance(x, y));
        assertEquals(Double.POSITIVE_INFINITY, WassersteinDistance.distance(x, y, 1));
    }

    @Test
    void aDiagramIsAsFarFromTheEmptyOneAsItsLongestHalfBar() {
        PersistenceDiagram x = new PersistenceDiagram(1, List.of(new PersistenceInterval(1, 5),
                new PersistenceInterval(2, 3)));
        assertEquals(2, BottleneckDistance.distance(x, PersistenceDiagram.empty(1)));
        assertEquals(2.5, WassersteinDistance.distance(x, PersistenceDiagram.empty(1), 1), 1e-12);
        assertEquals(0, BottleneckDistance.distance(PersistenceDiagram.empty(1), PersistenceDiagram.empty(1)));
    }

    @Test
    void anOrderBelowOneIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WassersteinDistance.distance(PersistenceDiagram.empty(0), PersistenceDiagram.empty(0), 0.5));
        assertTrue(e.getMessage().contains("order p"), e.getMessage());
    }
}
