package aura.adapters.in.cli;

import aura.domain.monitor.AlertRule;
import aura.domain.monitor.AlertRules;
import aura.domain.monitor.DefaultAlertRules;
import aura.domain.monitor.MetricNames;
import aura.domain.monitor.OwnAlertRule;
import aura.domain.monitor.PrometheusDuration;
import org.yaml.snakeyaml.nodes.Node;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A person's alert rules as written in YAML (the inventory's {@code monitor.rules}, a node's {@code alert-rules.yml}):
 * {@code {name, metric, above|below, for, keep_firing_for, severity, drains, enabled}}. A rule named like a default
 * may leave out any of them and keeps the default's; another needs a name, a metric and a threshold, and is
 * {@code for: 0}, {@code keep_firing_for: 0}, {@code severity: warning}, {@code drains: false} unless it says.
 */
final class AlertRulesYaml {
    /** The rules file in a node's data directory. */
    static final String FILE = "alert-rules.yml";
    private static final Set<String> RULE = Set.of("name", "metric", "above", "below", "for", "keep_firing_for",
            "severity", "drains", "enabled");

    private AlertRulesYaml() {
    }

    /** The rules of the list {@code node} in {@code yaml}. */
    static List<OwnAlertRule> rules(YamlDocument yaml, Node node, String what) {
        List<OwnAlertRule> rules = new ArrayList<>();
        for (Node entry : yaml.sequence(node, what)) rules.add(rule(yaml, entry));
        return rules;
    }

    /** The rules of a rules file: {@code rules: [...]}. */
    static List<OwnAlertRule> file(Path path) {
        YamlDocument yaml = YamlDocument.read(path, "the rules file");
        Map<String, Node> top = yaml.mapping(yaml.root(), Set.of("rules"), "the rules file");
        return top.containsKey("rules") ? rules(yaml, top.get("rules"), "rules") : List.of();
    }

    /** The data directory's rules file, when there is one. */
    static List<OwnAlertRule> inDataDir(Path dataDir) {
        Path path = dataDir.resolve(FILE);
        return Files.exists(path) ? file(path) : List.of();
    }

    /** The rules in force with {@code own}: a name written twice is refused at its second place. */
    static AlertRules inForce(List<OwnAlertRule> own) {
        try {
            return AlertRules.inForce(own);
        } catch (IllegalArgumentException e) {
            throw new InventoryException(e.getMessage());
        }
    }

    private static OwnAlertRule rule(YamlDocument yaml, Node entry) {
        Map<String, Node> m = yaml.mapping(entry, RULE, "an alert rule");
        String name = yaml.text(m, "name").orElseThrow(() -> yaml.problem(entry, "an alert rule needs a name"));
        Optional<AlertRule> base = DefaultAlertRules.all().stream().filter(r -> r.name().equals(name)).findFirst();
        String metric = yaml.text(m, "metric").or(() -> base.map(AlertRule::metric))
                .orElseThrow(() -> yaml.problem(entry, "alert rule '" + name + "' needs a metric"));
        if (!MetricNames.valid(metric)) throw yaml.problem(m.get("metric"), "'" + metric + "' is not a metric name");
        if (m.containsKey("above") && m.containsKey("below")) throw yaml.problem(m.get("below"), "alert rule '" + name + "' takes above or below, not both");
        var comparison = m.containsKey("below") ? AlertRule.Comparison.BELOW : m.containsKey("above") ? AlertRule.Comparison.ABOVE
                : base.map(AlertRule::comparison).orElseThrow(() -> yaml.problem(entry, "alert rule '" + name + "' needs a threshold (above or below)"));
        Node thresholdNode = m.containsKey("below") ? m.get("below") : m.get("above");
        double threshold = thresholdNode == null ? base.orElseThrow().threshold() : number(yaml, thresholdNode, "a threshold");
        Duration pending = duration(yaml, m, "for").or(() -> base.map(AlertRule::pending)).orElse(Duration.ZERO);
        Duration keep = duration(yaml, m, "keep_firing_for").or(() -> base.map(AlertRule::keepFiringFor)).orElse(Duration.ZERO);
        var severity = yaml.text(m, "severity").map(s -> severity(yaml, m.get("severity"), s))
                .or(() -> base.map(AlertRule::severity)).orElse(AlertRule.Severity.WARNING);
        boolean drains = flag(yaml, m, "drains").orElse(base.map(AlertRule::drains).orElse(false));
        boolean enabled = flag(yaml, m, "enabled").orElse(true);
        try {
            return new OwnAlertRule(yaml.where(entry), new AlertRule(name, metric, comparison, threshold, pending, keep, severity, drains), enabled);
        } catch (IllegalArgumentException e) {
            throw yaml.problem(m.get("name"), "alert rule '" + name + "': " + e.getMessage());
        }
    }

    private static double number(YamlDocument yaml, Node node, String what) {
        String text = yaml.scalar(node, what);
        try {
            double value = Double.parseDouble(text);
            if (Double.isFinite(value)) return value;
        } catch (NumberFormatException e) {
            // said below
        }
        throw yaml.problem(node, what + " is a number, not '" + text + "'");
    }

    private static Optional<Duration> duration(YamlDocument yaml, Map<String, Node> m, String key) {
        return yaml.text(m, key).map(text -> {
            try {
                return PrometheusDuration.parse(text);
            } catch (IllegalArgumentException e) {
                throw yaml.problem(m.get(key), key + ": " + e.getMessage());
            }
        });
    }

    private static AlertRule.Severity severity(YamlDocument yaml, Node node, String text) {
        try {
            return AlertRule.Severity.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw yaml.problem(node, "severity is info, warning or critical, not '" + text + "'");
        }
    }

    private static Optional<Boolean> flag(YamlDocument yaml, Map<String, Node> m, String key) {
        return yaml.text(m, key).map(text -> {
            if (!text.matches("true|false")) throw yaml.problem(m.get(key), key + " is true or false, not '" + text + "'");
            return Boolean.parseBoolean(text);
        });
    }
}
