package aura.adapters.in.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

import static aura.adapters.in.cli.CommandLineRun.run;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code aura-node lnn train | predict | evaluate} end to end on CSV files, and their bad-input errors. */
class LnnCommandTest {

    @TempDir
    static Path dir;
    static Path csv;
    static Path model;
    static CommandLineRun trained;

    @BeforeAll
    static void trainOnce() throws IOException {
        csv = dir.resolve("metrics.csv");
        StringBuilder s = new StringBuilder("time,cpu,memory\n");
        Random rng = new Random(3);
        for (int t = 0; t < 240; t++) {
            double cpu = 0.5 + 0.3 * Math.sin(2 * Math.PI * t / 20) + 0.03 * rng.nextGaussian();
            double memory = 0.5 + 0.4 * t / 240.0 + 0.01 * rng.nextGaussian();
            s.append(String.format(Locale.ROOT, "%d,%.5f,\"%.5f\"%n", t, cpu, memory));
        }
        Files.writeString(csv, s);
        model = dir.resolve("models/m.lnn");
        trained = run("lnn", "train", "--csv", csv.toString(), "--columns", "cpu,memory", "--cell", "cfc",
                "--units", "8", "--window", "12", "--epochs", "3", "--model", model.toString(),
                "--data-dir", dir.toString());
    }

    @Test
    void trainWritesTheModelAndShowsProgressWithLossAndEta() {
        assertThat(trained.status()).as(trained.err()).isZero();
        assertThat(model).exists();
        assertThat(trained.err()).contains("epoch 3/3").contains("loss").contains("ETA").contains("wrote " + model);
    }

    @Test
    void predictPrintsForecastsRisksAndARecommendationAsJson() {
        CommandLineRun o = run("lnn", "predict", "--model", model.toString(), "--csv", csv.toString());

        assertThat(o.status()).as(o.err()).isZero();
        assertThat(o.out()).startsWith("{\"targets\":[\"cpu\",\"memory\"]").contains("\"horizon\":15")
                .contains("\"metric\":\"memory\"").contains("\"stepsToCrossing\"").contains("\"recommendation\":");
    }

    @Test
    void evaluatePrintsModelAndNaiveMsePerColumnAndOverall() {
        CommandLineRun o = run("lnn", "evaluate", "--model", model.toString(), "--csv", csv.toString());

        assertThat(o.status()).as(o.err()).isZero();
        assertThat(o.out()).contains("\"window\":12").contains("\"cpu\":{\"modelMse\":")
                .contains("\"overall\":{\"modelMse\":").contains("\"naiveMse\":");
    }

    @Test
    void aMissingColumnExitsWith2NamingFileAndLine() {
        CommandLineRun o = run("lnn", "train", "--csv", csv.toString(), "--columns", "cpu,disk", "--model",
                dir.resolve("x.lnn").toString());

        assertThat(o.status()).isEqualTo(2);
        assertThat(o.err().strip().lines()).hasSize(1);
        assertThat(o.err()).contains(csv + ":1: no column 'disk'");
    }

    @Test
    void aBadValueExitsWith2NamingFileLineAndColumn() throws IOException {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "cpu,memory\n0.1,0.2\n0.2,NaN\n");
        CommandLineRun o = run("lnn", "predict", "--model", model.toString(), "--csv", bad.toString());

        assertThat(o.status()).isEqualTo(2);
        assertThat(o.err().strip()).isEqualTo("predict: " + bad + ":3: column 'memory': NaN is not a finite number");
    }

    @Test
    void aSeriesTooShortForTheWindowExitsWith2() throws IOException {
        Path shortCsv = dir.resolve("short.csv");
        Files.writeString(shortCsv, "cpu,memory\n0.1,0.2\n0.2,0.3\n");
        CommandLineRun o = run("lnn", "train", "--csv", shortCsv.toString(), "--columns", "cpu,memory", "--window", "4",
                "--model", dir.resolve("y.lnn").toString());

        assertThat(o.status()).isEqualTo(2);
        assertThat(o.err().strip()).isEqualTo("train: series has 2 rows; a window of 4 needs at least 10 (training and validation)");
    }

    @Test
    void aFileThatIsNotAModelExitsWith2() {
        CommandLineRun o = run("lnn", "evaluate", "--model", csv.toString(), "--csv", csv.toString());

        assertThat(o.status()).isEqualTo(2);
        assertThat(o.err()).contains(csv + ": not an AURA-LNN model file");
    }
}
