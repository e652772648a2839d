package aura.adapters.in.cli;

import aura.domain.monitor.AlertRule;
import aura.domain.monitor.DefaultAlertRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The person's alert rules in the inventory's {@code monitor:} section and in a rules file: read with Prometheus'
 * durations, a default's name changing only what it says, and every mistake refused as {@code FILE:LINE: what}.
 */
class AlertRulesYamlTest {
    @TempDir
    Path dir;

    private Path write(String name, String yaml) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, yaml);
        return file;
    }

    private Path rules(String yaml) throws IOException {
        return write(AlertRulesYaml.FILE, yaml);
    }

    @Test
    void theInventorysMonitorSectionGivesRulesAndAWebhook() throws IOException {
        Path file = write("inv.yml", """
                mesh: {name: home}
                monitor:
                  rules:
                    - name: swap_high
                      metric: swap.used_fraction
                      above: 0.5
                      for: 1h30m
                      keep_firing_for: 30s
                      severity: critical
                      drains: true
                  webhook:
                    url: http://127.0.0.1:9093/hook
                """);
        var monitor = InventoryFile.readWithLines(file).monitor();
        assertThat(monitor.webhookUrl()).contains("http://127.0.0.1:9093/hook");
        assertThat(monitor.rules()).hasSize(1);
        var own = monitor.rules().get(0);
        assertThat(own.where()).isEqualTo(file + ":4");
        assertThat(own.enabled()).isTrue();
        assertThat(own.rule()).isEqualTo(new AlertRule("swap_high", "swap.used_fraction", AlertRule.Comparison.ABOVE, 0.5,
                Duration.ofMinutes(90), Duration.ofSeconds(30), AlertRule.Severity.CRITICAL, true));
    }

    @Test
    void aRuleFileRuleNeedsOnlyNameMetricAndThreshold() throws IOException {
        var own = AlertRulesYaml.file(rules("rules:\n  - {name: cold, metric: \"disk.used_fraction:/\", below: 0.1}\n"));
        assertThat(own.get(0).rule()).isEqualTo(new AlertRule("cold", "disk.used_fraction:/", AlertRule.Comparison.BELOW, 0.1,
                Duration.ZERO, Duration.ZERO, AlertRule.Severity.WARNING, false));
    }

    @Test
    void aDefaultsNameChangesOnlyWhatItSays() throws IOException {
        var own = AlertRulesYaml.file(rules("rules:\n  - {name: memory_exhausted, above: 0.9}\n  - {name: anomaly, enabled: false}\n"));
        var memory = DefaultAlertRules.all().stream().filter(r -> r.name().equals("memory_exhausted")).findFirst().orElseThrow();
        assertThat(own.get(0).rule()).isEqualTo(new AlertRule("memory_exhausted", memory.metric(), memory.comparison(), 0.9,
                memory.pending(), memory.keepFiringFor(), memory.severity(), memory.drains()));
        var inForce = AlertRulesYaml.inForce(own);
        assertThat(inForce.named("anomaly")).isEmpty();
        assertThat(inForce.named("memory_exhausted").orElseThrow().threshold()).isEqualTo(0.9);
    }

    @Test
    void rulesOverTheMonitorsOwnSeriesAreAllowed() throws IOException {
        var own = AlertRulesYaml.file(rules("""
                rules:
                  - {name: risky, metric: monitor.failure_risk, above: 0.5}
                  - {name: odd, metric: monitor.anomaly_score, above: 0.9}
                  - {name: memory_soon, metric: "monitor.time_to_threshold_s:memory.used_fraction", below: 3600}
                """));
        assertThat(own).extracting(o -> o.rule().metric()).containsExactly("monitor.failure_risk", "monitor.anomaly_score",
                "monitor.time_to_threshold_s:memory.used_fraction");
    }

    @Test
    void everyMistakeIsNamedWithItsFileAndLine() throws IOException {
        String head = "rules:\n  - name: mine\n    metric: cpu.load\n";
        refused(head + "    above: 0.5\n    colour: red\n", ":5: unknown key 'colour' in an alert rule (allowed: above, below, drains, enabled, for, keep_firing_for, metric, name, severity)");
        refused(head + "    above: 0.5\n    for: 5 minutes\n", ":5: for: '5 minutes' is not a duration (like 30s, 5m, 1h30m)");
        refused(head + "    above: 0.5\n    keep_firing_for: 1m30\n", ":5: keep_firing_for: '1m30' is not a duration (like 30s, 5m, 1h30m)");
        refused("rules:\n  - name: mine\n    metric: CPU Load\n    above: 1\n", ":3: 'CPU Load' is not a metric name");
        refused(head + "    for: 5m\n", ":2: alert rule 'mine' needs a threshold (above or below)");
        refused(head + "    above: lots\n", ":4: a threshold is a number, not 'lots'");
        refused(head + "    above: 1\n    below: 2\n", ":5: alert rule 'mine' takes above or below, not both");
        refused(head + "    above: 1\n    severity: page\n", ":5: severity is info, warning or critical, not 'page'");
        refused(head + "    above: 1\n    drains: yes\n", ":5: drains is true or false, not 'yes'");
        refused("rules:\n  - {metric: cpu.load, above: 1}\n", ":2: an alert rule needs a name");
        refused("rules:\n  - {name: new_one, above: 1}\n", ":2: alert rule 'new_one' needs a metric");
        refused("rules:\n  - {name: 9lives, metric: cpu.load, above: 1}\n", ":2: alert rule '9lives': a rule's name is a word");
        refused("rulez: []\n", ":1: unknown key 'rulez' in the rules file (allowed: rules)");
        refused("rules: {name: x}\n", ":1: rules must be a list");
    }

    @Test
    void aNameWrittenTwiceIsRefusedAtTheSecond() throws IOException {
        Path file = rules("rules:\n  - {name: mine, metric: cpu.load, above: 1}\n  - {name: mine, metric: cpu.load, above: 2}\n");
        assertThatThrownBy(() -> AlertRulesYaml.inForce(AlertRulesYaml.file(file))).isInstanceOf(InventoryException.class)
                .hasMessage(file + ":3: alert rule 'mine' is already written at " + file + ":2");
    }

    @Test
    void aNodeStartsWithTheInventorysRulesThenItsDataDirsAndANameInBothIsRefusedAtTheFile() throws IOException {
        Path inventory = write("inv.yml", "monitor:\n  rules:\n    - {name: swap_high, metric: swap.used_fraction, above: 0.5}\n");
        var request = new StartupRequest(Optional.of("box"), Optional.empty(), Optional.empty(), "box", "1.0", dir.toString());
        var settings = NodeSettings.resolve(request, aura.domain.mesh.Inventory.empty(), Map.of())
                .withMonitor(InventoryFile.readWithLines(inventory).monitor());
        rules("rules:\n  - {name: disk_cold, metric: \"disk.used_fraction:/\", below: 0.01}\n");
        assertThat(NodeLauncher.alertRules(settings).rules()).extracting(AlertRule::name).endsWith("swap_high", "disk_cold");

        Path file = rules("rules:\n  - {name: swap_high, metric: swap.used_fraction, above: 0.9}\n");
        assertThatThrownBy(() -> NodeLauncher.alertRules(settings))
                .hasMessage(file + ":2: alert rule 'swap_high' is already written at " + inventory + ":3");
    }

    @Test
    void aBadWebhookOrAnUnknownMonitorKeyIsRefused() throws IOException {
        Path url = write("inv.yml", "monitor:\n  webhook:\n    url: ftp://example/hook\n");
        assertThatThrownBy(() -> InventoryFile.readWithLines(url))
                .hasMessage(url + ":3: monitor.webhook.url is an http(s) URL, not 'ftp://example/hook'");
        Path key = write("inv2.yml", "monitor:\n  rule: []\n");
        assertThatThrownBy(() -> InventoryFile.readWithLines(key))
                .hasMessage(key + ":2: unknown key 'rule' in monitor (allowed: rules, webhook)");
    }

    private void refused(String yaml, String message) throws IOException {
        Path file = rules(yaml);
        assertThatThrownBy(() -> AlertRulesYaml.file(file)).as(yaml).isInstanceOf(InventoryException.class).hasMessage(file + message);
    }
}
