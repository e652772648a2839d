package aura.adapters.in.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static aura.adapters.in.cli.CommandLineRun.run;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code aura-node tda}: Ripser's output format, diagram distances, the benchmark, and exit 2 for bad input. */
class TdaCommandLineTest {
    /** The unit square's four points join at distance 1, leaving one component. */
    private static final String SQUARE_COMPONENTS = """
            persistence intervals in dim 0:
             [0,1)
             [0,1)
             [0,1)
             [0, )
            """;
    private static final String SQUARE_BARCODE = SQUARE_COMPONENTS + """
            persistence intervals in dim 1:
             [1,1.41421)
            """;

    @TempDir
    Path dir;

    private String file(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file.toString();
    }

    @Test
    void ripsPrintsTheBarcodeOfASquareExactlyAsRipserDoes() throws IOException {
        var outcome = run("tda", "rips", file("square.csv", "0,0\n1,0\n1,1\n0,1\n"));
        assertThat(outcome.status()).isZero();
        assertThat(outcome.out()).isEqualTo(SQUARE_BARCODE);
    }

    @Test
    void ripsReadsFullAndLowerTriangularDistanceMatrices() throws IOException {
        double r = Math.sqrt(2);
        String full = file("full.txt", "0 1 %s 1\n1 0 1 %s\n%s 1 0 1\n1 %s 1 0\n".formatted(r, r, r, r));
        String lower = file("lower.txt", "1\n%s 1\n1 %s 1\n".formatted(r, r));
        assertThat(run("tda", "rips", full, "--format", "distance-matrix").out()).isEqualTo(SQUARE_BARCODE);
        assertThat(run("tda", "rips", lower, "--format", "lower-distance").out()).isEqualTo(SQUARE_BARCODE);
    }

    @Test
    void ripsHonoursThresholdDimensionAndModulus() throws IOException {
        String square = file("square.csv", "0 0\n1 0\n1 1\n0 1\n");
        var cut = run("tda", "rips", square, "--threshold", "1.2", "--dim", "2", "--modulus", "3");
        assertThat(cut.status()).isZero();
        assertThat(cut.out()).isEqualTo(SQUARE_COMPONENTS + """
                persistence intervals in dim 1:
                 [1, )
                persistence intervals in dim 2:
                """);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "NaN              | 0,0\\n1,nan\\n     | point-cloud     | line 2: NaN is not allowed",
            "ragged rows      | 0,0\\n1,0,3\\n   | point-cloud     | line 2: ragged row",
            "empty file       | # nothing\\n     | point-cloud     | input is empty",
            "non-square       | 0 1 2\\n1 0 3\\n | distance-matrix | distance matrix is not square",
            "not a number     | 0,0\\n1,x\\n     | point-cloud     | line 2: 'x' is not a number"})
    void ripsRefusesBadInputWithExit2AndOneLineNamingTheFile(String problem, String text, String format, String message)
            throws IOException {
        String input = file("bad.csv", text.replace("\\n", "\n"));
        var outcome = run("tda", "rips", input, "--format", format);
        assertThat(outcome.status()).as(problem).isEqualTo(2);
        assertThat(outcome.out()).isEmpty();
        assertThat(outcome.err().strip().lines()).hasSize(1);
        assertThat(outcome.err()).startsWith("rips: " + input + ": ").contains(message);
    }

    @Test
    void ripsRefusesANonPrimeModulusAMissingFileAndAnUnknownFormat() throws IOException {
        String square = file("square.csv", "0 0\n1 0\n");
        var modulus = run("tda", "rips", square, "--modulus", "4");
        assertThat(modulus.status()).isEqualTo(2);
        assertThat(modulus.err().strip()).isEqualTo("rips: coefficient modulus must be a prime number but was 4");
        var missing = run("tda", "rips", dir.resolve("nope.csv").toString());
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err().strip()).isEqualTo("rips: " + dir.resolve("nope.csv") + ": file not found");
        var format = run("tda", "rips", square, "--format", "lower");
        assertThat(format.status()).isEqualTo(2);
        assertThat(format.err().strip().lines()).hasSize(1);
        assertThat(format.err()).contains("unknown format 'lower'");
    }

    @Test
    void distanceComputesWassersteinAndBottleneck() throws IOException {
        String a = file("a.txt", "0 4\n1 inf\n");
        String b = file("b.txt", "# diagram B\n0 3\n2 inf\n");
        // finite: (0,4) vs (0,3) costs 1 (diagonal would cost 2 + 1.5); essential: |1 - 2| = 1
        assertThat(run("tda", "distance", a, b, "--bottleneck").out().strip()).isEqualTo("1.0");
        assertThat(Double.parseDouble(run("tda", "distance", a, b).out())).isCloseTo(Math.sqrt(2), within());
        assertThat(Double.parseDouble(run("tda", "distance", a, b, "--p", "1").out())).isCloseTo(2, within());
        assertThat(run("tda", "distance", a, a, "--p", "3").out().strip()).isEqualTo("0.0");
    }

    @Test
    void distanceIsInfiniteWhenEssentialBarsDoNotMatchUp() throws IOException {
        String a = file("a.txt", "0 4\n1 inf\n");
        String b = file("b.txt", "0 4\n");
        assertThat(run("tda", "distance", a, b).out().strip()).isEqualTo("inf");
        assertThat(run("tda", "distance", a, b, "--bottleneck").out().strip()).isEqualTo("inf");
    }

    @Test
    void distanceRefusesBadDiagramsAndOrders() throws IOException {
        String good = file("good.txt", "0 1\n");
        String reversed = file("reversed.txt", "0 1\n3 2\n");
        var bad = run("tda", "distance", good, reversed);
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err().strip()).isEqualTo("distance: " + reversed + ": line 2: death 2.0 is before birth 3.0");
        var order = run("tda", "distance", good, good, "--p", "0.5");
        assertThat(order.status()).isEqualTo(2);
        assertThat(order.err()).contains("p must be a finite number >= 1");
        var both = run("tda", "distance", good, good, "--p", "2", "--bottleneck");
        assertThat(both.status()).isEqualTo(2);
        assertThat(run("tda", "distance", good, dir.resolve("gone.txt").toString()).err()).contains("file not found");
    }

    @Test
    void benchPrintsATableOfTheChosenCases() {
        var outcome = run("tda", "bench", "--case", "rips-50-r8-h1", "--runs", "2", "--warmup", "1");
        assertThat(outcome.status()).isZero();
        assertThat(outcome.out()).contains("best ms", "median ms", "peak MiB", "live MiB");
        assertThat(outcome.out().lines().filter(l -> l.startsWith("rips-50-r8-h1"))).singleElement()
                .satisfies(line -> assertThat(line).contains("H0:50", "H1:"));
        assertThat(run("tda", "bench", "--case", "nothing").status()).isEqualTo(2);
    }

    @Test
    void benchWritesItsInputsForTheComparisonWithOtherTools() throws IOException {
        var outcome = run("tda", "bench", "--write-inputs", dir.toString());
        assertThat(outcome.status()).isZero();
        assertThat(Files.readAllLines(dir.resolve("cube-1000-r3.csv"))).hasSize(1000);
        assertThat(Files.readAllLines(dir.resolve("cube-50-r8.csv")).get(0).split(",")).hasSize(8);
        assertThat(Files.readAllLines(dir.resolve("h1-cube-2000-r3.txt"))).isNotEmpty();
        var rips = run("tda", "rips", dir.resolve("cube-50-r8.csv").toString());
        assertThat(rips.out()).startsWith("persistence intervals in dim 0:");
    }

    @Test
    void helpOnEveryTdaSubcommandListsPortAndDataDir() {
        for (String sub : new String[] {"rips", "distance", "bench"}) {
            var outcome = run("tda", sub, "--help");
            assertThat(outcome.status()).isZero();
            assertThat(outcome.out()).contains("--port", "--data-dir", "--help");
        }
        assertThat(run("tda", "--help").out()).contains("rips", "distance", "bench");
        assertThat(run("--help").out()).contains("tda");
    }

    @Test
    void ripsRefusesWhatTheNodeWouldRefuseWithExitTwo() throws IOException {
        StringBuilder cloud = new StringBuilder();
        for (int i = 0; i < 5001; i++) cloud.append(i).append('\n');
        var outcome = run("tda", "rips", file("big.csv", cloud.toString()), "--dim", "0");
        assertThat(outcome.status()).isEqualTo(2);
        assertThat(outcome.err()).contains("rips: points has 5001 points; at most 5000");
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-12);
    }
}
