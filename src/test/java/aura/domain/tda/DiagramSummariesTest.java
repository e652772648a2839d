package aura.domain.tda;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class DiagramSummariesTest {

    private final PersistenceDiagram diagram = new PersistenceDiagram(1, List.of(
            new PersistenceInterval(0, 4), new PersistenceInterval(1, 3), PersistenceInterval.infinite(2)));

    @Test
    void landscapeLevelsAreTheOrderedTentHeights() {
        PersistenceLandscape landscape = PersistenceLandscape.of(diagram, 3, new ScaleGrid(0, 4, 5));
        assertArrayEquals(new double[] {0, 1, 2, 1, 0}, landscape.level(0));
        assertArrayEquals(new double[] {0, 0, 1, 0, 0}, landscape.level(1));
        assertArrayEquals(new double[] {0, 0, 0, 0, 0}, landscape.level(2));
    }

    @Test
    void bettiCurveCountsBarsAliveAtEachScaleIncludingEssentialOnes() {
        assertArrayEquals(new int[] {1, 2, 3, 2, 1}, DiagramSummaries.bettiCurve(diagram, new ScaleGrid(0, 4, 5)));
        assertEquals(3, diagram.bettiNumberAt(2.5));
    }

    @Test
    void bettiNumbersOfABarcodeAtAScaleAreGivenPerDimension() {
        Barcode barcode = new Barcode(List.of(new PersistenceDiagram(0, List.of(PersistenceInterval.infinite(0),
                new PersistenceInterval(0, 1))), diagram));
        assertArrayEquals(new int[] {1, 2}, barcode.bettiNumbersAt(1.5));
    }

    @Test
    void totalPersistenceSumsFiniteBarLengths() {
        assertEquals(6, DiagramSummaries.totalPersistence(diagram));
        assertEquals(20, DiagramSummaries.totalPersistence(diagram, 2));
    }

    @Test
    void persistentEntropyOfEqualBarsIsTheLogarithmOfTheirNumber() {
        PersistenceDiagram equal = new PersistenceDiagram(0, List.of(new PersistenceInterval(0, 1),
                new PersistenceInterval(2, 3), new PersistenceInterval(5, 6), new PersistenceInterval(1, 2)));
        assertEquals(Math.log(4), DiagramSummaries.persistentEntropy(equal), 1e-12);
        assertEquals(0, DiagramSummaries.persistentEntropy(PersistenceDiagram.empty(0)));
    }

    @Test
    void cappingEssentialBarsMakesThemCount() {
        PersistenceDiagram capped = diagram.withInfiniteDeathsCappedAt(5);
        assertEquals(9, DiagramSummaries.totalPersistence(capped));
    }

    @Test
    void invalidGridsAndLevelsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new ScaleGrid(2, 1, 5));
        assertThrows(IllegalArgumentException.class, () -> new ScaleGrid(0, 1, 1));
        assertThrows(IllegalArgumentException.class,
                () -> PersistenceLandscape.of(diagram, 0, new ScaleGrid(0, 1, 2)));
    }

    @Test
    void intervalsRejectDeathsBeforeBirths() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new PersistenceInterval(2, 1));
        assertEquals("death must be at least birth, but the interval was [2.0, 1.0)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new PersistenceInterval(Double.NaN, 1));
    }
}
