package aura.domain.tda;

import aura.domain.problem.InvalidInput;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextFormatsTest {

    private static String errorOf(String text, InputFormat format) {
        return assertThrows(InvalidInput.class, () -> MetricSpaceParser.parse(text, format)).getMessage();
    }

    @Test
    void aPointCloudIsReadFromCsvOrWhitespaceRows() {
        FiniteMetricSpace space = MetricSpaceParser.parse(new StringReader("# two points\n0,0\n\n3 4\n"),
                InputFormat.POINT_CLOUD);
        assertEquals(2, space.size());
        assertEquals(5, space.distance(0, 1));
    }

    @Test
    void aFullDistanceMatrixIsRead() {
        FiniteMetricSpace space = MetricSpaceParser.parse(List.of("0 1 2", "1 0 3", "2 3 0"), InputFormat.DISTANCE_MATRIX);
        assertEquals(3, space.distance(2, 1));
    }

    @Test
    void aLowerDistanceMatrixIsReadWithOrWithoutItsEmptyFirstRow() {
        FiniteMetricSpace space = MetricSpaceParser.parse("\n1\n2, 3\n", InputFormat.LOWER_DISTANCE);
        assertEquals(3, space.size());
        assertEquals(3, space.distance(1, 2));
    }

    @Test
    void parserErrorsNameTheLineAndTheProblem() {
        assertEquals("line 2: NaN is not allowed", errorOf("1 2\n3 nan\n", InputFormat.POINT_CLOUD));
        assertEquals("line 1: 'x' is not a number", errorOf("x 2\n", InputFormat.POINT_CLOUD));
        assertEquals("line 3: ragged row: 1 values but line 1 has 2", errorOf("1 2\n3 4\n5\n", InputFormat.POINT_CLOUD));
        assertEquals("input is empty: no rows of numbers", errorOf("\n# nothing\n", InputFormat.POINT_CLOUD));
        assertEquals("input is empty: no rows of numbers", errorOf("", InputFormat.LOWER_DISTANCE));
        assertEquals("distance matrix is not square: 2 rows of 3 values",
                errorOf("0 1 2\n1 0 3\n", InputFormat.DISTANCE_MATRIX));
        assertEquals("line 2: row 2 of the lower triangle must have 2 values but has 3",
                errorOf("1\n2 3 4\n", InputFormat.LOWER_DISTANCE));
        assertEquals("line 1: infinite value 'inf' is not allowed", errorOf("inf 1\n", InputFormat.POINT_CLOUD));
        assertTrue(errorOf("0 1\n2 0\n", InputFormat.DISTANCE_MATRIX).contains("not symmetric"));
    }

    @Test
    void diagramsAreReadFromBirthDeathLinesWithInfinity() {
        PersistenceDiagram diagram = DiagramParser.parse("0 1.5\n0.5, inf\n", 1);
        assertEquals(List.of(new PersistenceInterval(0, 1.5), PersistenceInterval.infinite(0.5)), diagram.intervals());
        assertEquals(1, diagram.dimension());
    }

    @Test
    void diagramParserErrorsNameTheLine() {
        assertEquals("line 2: expected 2 values (birth death) but found 3",
                assertThrows(InvalidInput.class, () -> DiagramParser.parse("0 1\n1 2 3\n", 0)).getMessage());
        assertEquals("line 1: death 1.0 is before birth 2.0",
                assertThrows(InvalidInput.class, () -> DiagramParser.parse("2 1\n", 0)).getMessage());
        assertEquals("line 1: NaN is not allowed",
                assertThrows(InvalidInput.class, () -> DiagramParser.parse("NaN 1\n", 0)).getMessage());
    }

    @Test
    void barcodesArePrintedExactlyInRipsersFormat() {
        Barcode barcode = new Barcode(List.of(
                new PersistenceDiagram(0, List.of(new PersistenceInterval(0, 0), new PersistenceInterval(0, Math.sqrt(2)),
                        PersistenceInterval.infinite(0))),
                new PersistenceDiagram(1, List.of(new PersistenceInterval(1, 1.25), new PersistenceInterval(0.5, 0.5),
                        new PersistenceInterval(1234567, 1e-5 + 1234567), PersistenceInterval.infinite(0.00001234)))));
        assertEquals("""
                persistence intervals in dim 0:
                 [0,1.41421)
                 [0, )
                persistence intervals in dim 1:
                 [1,1.25)
                 [0.5,0.5)
                 [1.23457e+06,1.23457e+06)
                 [1.234e-05, )
                """, RipserFormat.format(barcode));
    }

    @Test
    void ripserOutputReadsBackIntoTheSameBarcode() {
        Barcode barcode = VietorisRips.barcode(TestClouds.circle(12, 1, 0, 0));
        Barcode reread = DiagramParser.parseRipserOutput(RipserFormat.format(barcode));
        assertEquals(barcode.diagram(0).size(), reread.diagram(0).size());
        assertEquals(barcode.diagram(1).size(), reread.diagram(1).size());
        assertEquals(RipserFormat.format(barcode), RipserFormat.format(reread));
    }
}
