package aura.adapters.in.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static aura.adapters.in.cli.CommandLineRun.run;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code aura-node monitor nab}: NAB's result layout and format, one row per input row in the same order, other
 * files skipped, and a file that does not parse refused with exit 2 naming the file and the line.
 */
class MonitorNabCommandTest {
    @TempDir
    Path out;

    private static Path fixture() throws URISyntaxException {
        return Path.of(MonitorNabCommandTest.class.getResource("/nab").toURI());
    }

    @Test
    void eachSeriesGetsItsResultFileWithOneScoredRowPerInputRow() throws Exception {
        var result = run("monitor", "nab", "--data", fixture().toString(), "--out", out.toString(), "--ablation");
        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out()).contains("1 files, 600 rows");
        List<String> input = Files.readAllLines(fixture().resolve("artificialWithAnomaly/art_daily_jumpsup_part.csv"));
        for (String detector : List.of("aura", "aura-range", "aura-topology", "aura-forecast", "aura-daily", "aura-baseline", "aura-notopology",
                "aura-noforecast", "aura-nodaily", "aura-norange")) {
            List<String> lines = Files.readAllLines(out.resolve("artificialWithAnomaly/" + detector + "_art_daily_jumpsup_part.csv"));
            assertThat(lines.get(0)).isEqualTo("timestamp,value,anomaly_score");
            assertThat(lines).hasSize(input.size());
            for (int i = 1; i < lines.size(); i++) {
                String[] fields = lines.get(i).split(",");
                assertThat(fields[0] + "," + fields[1]).isEqualTo(input.get(i));
                assertThat(Double.parseDouble(fields[2])).isBetween(0.0, 1.0);
            }
        }
    }

    @Test
    void filesThatAreNotSeriesAreSkipped() throws IOException {
        Path data = Files.createDirectories(out.resolve("data/cat"));
        Files.writeString(data.resolve("notes.txt"), "not a series");
        Files.writeString(out.resolve("data/top.csv"), "timestamp,value\n2020-01-01 00:00:00,1\n");
        Files.writeString(data.resolve("one.csv"), "timestamp,value\n2020-01-01 00:00:00,1\n2020-01-01 00:05:00,2\n");
        var result = run("monitor", "nab", "--data", out.resolve("data").toString(), "--out", out.resolve("r").toString());
        assertThat(result.status()).as(result.err()).isZero();
        assertThat(out.resolve("r/cat/aura_one.csv")).exists();
        assertThat(out.resolve("r/cat/aura_notes.txt")).doesNotExist();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {"2020-01-01 00:05:00,lots | lots", "yesterday,2 | yesterday"})
    void aRowThatDoesNotParseIsRefusedNamingTheFileAndLine(String row, String shown) throws IOException {
        Path data = Files.createDirectories(out.resolve("data/cat"));
        Files.writeString(data.resolve("bad.csv"), "timestamp,value\n2020-01-01 00:00:00,1\n" + row + "\n");
        var result = run("monitor", "nab", "--data", out.resolve("data").toString(), "--out", out.resolve("r").toString());
        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("bad.csv:3").contains(shown);
        assertThat(out.resolve("r")).doesNotExist();
    }

    @Test
    void aMissingDataFolderIsRefused() {
        var result = run("monitor", "nab", "--data", out.resolve("nowhere").toString(), "--out", out.toString());
        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("nowhere");
    }
}
