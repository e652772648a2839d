package aura.adapters.in.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code aura-node monitor rules}: lists the rules in force with where each comes from, and refuses a bad rules
 * file with exit status 2 and its file and line, as a starting node does.
 */
class MonitorRulesCommandTest {
    @TempDir
    Path dir;

    @Test
    void theRulesInForceAreListedWithWhereEachComesFrom() throws IOException {
        Path inventory = dir.resolve("inv.yml");
        Files.writeString(inventory, "monitor:\n  rules:\n    - {name: cpu_saturated, above: 0.8, for: 2m}\n");
        Path rules = dir.resolve("mine.yml");
        Files.writeString(rules, "rules:\n  - {name: swap_high, metric: swap.used_fraction, above: 0.5, severity: info}\n"
                + "  - {name: anomaly, enabled: false}\n");
        var run = CommandLineRun.run("monitor", "rules", "--inventory", inventory.toString(), "--file", rules.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("cpu_saturated", "cpu.load > 0.8  for 2m  keep_firing_for 0s  warning  (" + inventory + ":3)")
                .contains("swap_high", "swap.used_fraction > 0.5  for 0s  keep_firing_for 0s  info  (" + rules + ":2)")
                .contains("memory_exhausted", "memory.used_fraction > 0.95  for 5m  keep_firing_for 0s  critical, drains  (default)")
                .containsPattern("anomaly +switched off \\(" + java.util.regex.Pattern.quote(rules + ":3") + "\\)");
        assertThat(run.out()).doesNotContain("monitor.anomaly_score");
    }

    @Test
    void theDataDirsRulesFileIsReadWithoutAFileOption() throws IOException {
        Files.writeString(dir.resolve(AlertRulesYaml.FILE), "rules:\n  - {name: swap_high, metric: swap.used_fraction, above: 0.5}\n");
        var run = CommandLineRun.run("monitor", "rules", "--data-dir", dir.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("swap_high");
    }

    @Test
    void aBadRulesFileIsExitTwoWithItsFileAndLine() throws IOException {
        Path rules = dir.resolve("bad.yml");
        Files.writeString(rules, "rules:\n  - name: mine\n    metric: cpu.load\n    above: 1\n    for: soon\n");
        var run = CommandLineRun.run("monitor", "rules", "--file", rules.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("rules: " + rules + ":5: for: 'soon' is not a duration (like 30s, 5m, 1h30m)");
    }

    @Test
    void aNodeWithABadRulesFileInItsDataDirDoesNotStart() throws IOException {
        Files.writeString(dir.resolve(AlertRulesYaml.FILE), "rules:\n  - {name: mine, metric: cpu.load}\n");
        var run = CommandLineRun.run("serve", "--data-dir", dir.toString(), "--port", "1", "--no-mdns");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("serve: " + dir.resolve(AlertRulesYaml.FILE) + ":2: alert rule 'mine' needs a threshold (above or below)");
    }
}
