package aura.domain.tda;

import aura.domain.problem.InvalidInput;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class VietorisRipsTest {

    private static List<PersistenceInterval> longBars(PersistenceDiagram diagram, double minLength) {
        return diagram.intervals().stream().filter(i -> i.persistence() > minLength).toList();
    }

    @Test
    void pointsOnACircleHaveOneLongH1Bar() {
        Barcode barcode = VietorisRips.barcode(TestClouds.circle(40, 1, 0, 0));
        List<PersistenceInterval> h1 = longBars(barcode.diagram(1), 0.5);
        assertEquals(1, h1.size());
        assertEquals(2 * Math.sin(Math.PI / 40), h1.get(0).birth(), 1e-12);
        assertEquals(1, barcode.diagram(0).infiniteIntervals().size());
    }

    @Test
    void pointsOnASphereHaveOneLongH2Bar() {
        Barcode barcode = VietorisRips.barcode(TestClouds.sphere(80), RipsParameters.defaults().withMaxDimension(2));
        assertEquals(1, longBars(barcode.diagram(2), 0.5).size());
        assertEquals(0, longBars(barcode.diagram(1), 0.5).size());
    }

    @Test
    void twoSeparateCirclesHaveTwoH1BarsAndTwoComponentsUntilTheyMeet() {
        PointCloud a = TestClouds.circle(30, 1, 0, 0);
        PointCloud b = TestClouds.circle(30, 1, 5, 0);
        double[][] points = new double[60][];
        for (int i = 0; i < 30; i++) {
            points[i] = a.point(i);
            points[30 + i] = b.point(i);
        }
        Barcode barcode = VietorisRips.barcode(new PointCloud(points));
        assertEquals(2, longBars(barcode.diagram(1), 0.5).size());
        assertEquals(2, barcode.diagram(0).bettiNumberAt(2.0));
    }

    @Test
    void aThresholdBelowTheHoleLeavesTheCircleClassInfinite() {
        Barcode barcode = VietorisRips.barcode(TestClouds.circle(40, 1, 0, 0),
                RipsParameters.defaults().withThreshold(0.5));
        assertEquals(1, barcode.diagram(1).infiniteIntervals().size());
        assertEquals(1, barcode.diagram(0).infiniteIntervals().size());
    }

    @Test
    void aThresholdBelowEveryEdgeLeavesEveryPointItsOwnComponent() {
        Barcode barcode = VietorisRips.barcode(TestClouds.uniformCube(10, 2, 1),
                RipsParameters.defaults().withThreshold(0));
        assertEquals(10, barcode.diagram(0).infiniteIntervals().size());
        assertEquals(0, barcode.diagram(1).size());
    }

    @Test
    void theProjectivePlaneHasH1AndH2OverZ2ButNotOverZ3() {
        DistanceMatrix space = subdividedProjectivePlane();
        RipsParameters z2 = new RipsParameters(2, Double.POSITIVE_INFINITY, 2);
        Barcode overZ2 = VietorisRips.barcode(space, z2);
        Barcode overZ3 = VietorisRips.barcode(space, z2.withModulus(3));
        assertEquals(List.of(new PersistenceInterval(1, 2)), overZ2.diagram(1).intervals());
        assertEquals(List.of(new PersistenceInterval(1, 2)), overZ2.diagram(2).intervals());
        assertEquals(0, overZ3.diagram(1).size());
        assertEquals(0, overZ3.diagram(2).size());
    }

    /**
     * Barycentric subdivision of the 6-vertex projective plane as a graph metric: faces at
     * distance 1 when one contains the other, 2 otherwise. At scale 1 the Rips complex is the
     * subdivision itself (an order complex is a flag complex).
     */
    private static DistanceMatrix subdividedProjectivePlane() {
        int[][] triangles = {{0, 1, 2}, {0, 2, 3}, {0, 3, 4}, {0, 4, 5}, {0, 5, 1},
                             {1, 2, 4}, {2, 3, 5}, {3, 4, 1}, {4, 5, 2}, {5, 1, 3}};
        java.util.Set<java.util.Set<Integer>> faces = new java.util.LinkedHashSet<>();
        for (int[] t : triangles) {
            for (int mask = 1; mask < 8; mask++) {
                java.util.Set<Integer> face = new java.util.TreeSet<>();
                for (int b = 0; b < 3; b++) {
                    if ((mask & 1 << b) != 0) {
                        face.add(t[b]);
                    }
                }
                faces.add(face);
            }
        }
        List<java.util.Set<Integer>> list = List.copyOf(faces);
        double[][] d = new double[list.size()][list.size()];
        for (int i = 0; i < list.size(); i++) {
            for (int j = 0; j < list.size(); j++) {
                boolean comparable = list.get(i).containsAll(list.get(j)) || list.get(j).containsAll(list.get(i));
                d[i][j] = i == j ? 0 : comparable ? 1 : 2;
            }
        }
        return DistanceMatrix.fromFull(d);
    }

    @Test
    void aSinglePointHasOneInfiniteComponent() {
        Barcode barcode = VietorisRips.barcode(new PointCloud(new double[][] {{1, 2}}),
                RipsParameters.defaults().withMaxDimension(2));
        assertEquals(List.of(PersistenceInterval.infinite(0)), barcode.diagram(0).intervals());
        assertEquals(0, barcode.diagram(2).size());
    }

    @Test
    void duplicatePointsProduceNoZeroLengthBars() {
        double[][] points = {{0, 0}, {0, 0}, {1, 0}, {1, 0}};
        Barcode barcode = VietorisRips.barcode(new PointCloud(points));
        assertTrue(barcode.diagram(0).intervals().stream().noneMatch(PersistenceInterval::isZeroLength));
        assertEquals(2, barcode.diagram(0).size());
    }

    @Test
    void aNonPrimeModulusIsRejectedWithAMessageNamingIt() {
        InvalidInput e = assertThrows(InvalidInput.class,
                () -> new RipsParameters(1, Double.POSITIVE_INFINITY, 4));
        assertTrue(e.getMessage().contains("prime"), e.getMessage());
    }

    @Test
    void aNegativeOrNaNThresholdIsRejected() {
        assertThrows(InvalidInput.class, () -> RipsParameters.defaults().withThreshold(-1));
        InvalidInput e = assertThrows(InvalidInput.class,
                () -> RipsParameters.defaults().withThreshold(Double.NaN));
        assertTrue(e.getMessage().contains("threshold"), e.getMessage());
    }

    @Test
    void badPointCloudsAreRejected() {
        assertThrows(InvalidInput.class, () -> new PointCloud(new double[0][]));
        InvalidInput ragged = assertThrows(InvalidInput.class,
                () -> new PointCloud(new double[][] {{1, 2}, {3}}));
        assertTrue(ragged.getMessage().contains("ragged"), ragged.getMessage());
        InvalidInput nan = assertThrows(InvalidInput.class,
                () -> new PointCloud(new double[][] {{1, Double.NaN}}));
        assertTrue(nan.getMessage().contains("point 0"), nan.getMessage());
    }

    @Test
    void badDistanceMatricesAreRejected() {
        InvalidInput square = assertThrows(InvalidInput.class,
                () -> DistanceMatrix.fromFull(new double[][] {{0, 1}, {1, 0}, {2, 2}}));
        assertTrue(square.getMessage().contains("not square"), square.getMessage());
        InvalidInput symmetric = assertThrows(InvalidInput.class,
                () -> DistanceMatrix.fromFull(new double[][] {{0, 1}, {2, 0}}));
        assertTrue(symmetric.getMessage().contains("not symmetric"), symmetric.getMessage());
        assertThrows(InvalidInput.class,
                () -> DistanceMatrix.fromFull(new double[][] {{0, -1}, {-1, 0}}));
        assertThrows(InvalidInput.class,
                () -> DistanceMatrix.fromLowerTriangle(new double[][] {{1}, {1, 2, 3}}));
    }

    @Test
    void lowerTriangleAndFullMatrixGiveTheSameBarcode() {
        double[][] full = {{0, 1, 2, 1}, {1, 0, 1, 2}, {2, 1, 0, 1}, {1, 2, 1, 0}};
        double[][] lower = {{1}, {2, 1}, {1, 2, 1}};
        assertEquals(VietorisRips.barcode(DistanceMatrix.fromFull(full)),
                VietorisRips.barcode(DistanceMatrix.fromLowerTriangle(lower)));
        assertEquals(1, VietorisRips.barcode(DistanceMatrix.fromFull(full)).diagram(1).size());
    }
}
