package aura.adapters.out.webhook;

import aura.domain.monitor.Alert;
import aura.domain.monitor.AlertChange;
import aura.domain.monitor.AlertRule;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One alert state change as Prometheus Alertmanager's webhook body (version 4), so a receiver made for
 * Alertmanager takes it: a group of one alert, grouped by {@code alertname}; labels {@code alertname},
 * {@code node}, {@code severity}; a firing alert's {@code endsAt} is the zero time, as Alertmanager sends it.
 */
final class AlertmanagerPayload {
    static final String RECEIVER = "aura";
    private static final String ZERO_TIME = "0001-01-01T00:00:00Z";

    private AlertmanagerPayload() {
    }

    /** The body for {@code change}; {@code rule} (when in force here) gives the annotation saying the condition. */
    static String of(AlertChange change, Optional<AlertRule> rule, String externalUrl) {
        boolean firing = change.state() == Alert.State.FIRING;
        String status = firing ? "firing" : "resolved";
        Map<String, String> labels = new TreeMap<>(Map.of("alertname", change.rule(), "node", change.node(),
                "severity", change.severity().name().toLowerCase(Locale.ROOT)));
        Map<String, String> annotations = new LinkedHashMap<>();
        rule.ifPresent(r -> annotations.put("summary", r.metric() + (r.comparison() == AlertRule.Comparison.ABOVE ? " > " : " < ")
                + r.threshold() + " on " + change.node()));
        if (Double.isFinite(change.value())) annotations.put("value", Double.toString(change.value()));
        Instant starts = change.activeSince() != null ? change.activeSince() : change.at();
        String alert = "{\"status\":" + text(status) + ",\"labels\":" + object(labels) + ",\"annotations\":" + object(annotations)
                + ",\"startsAt\":" + text(starts.toString()) + ",\"endsAt\":" + text(firing ? ZERO_TIME : change.at().toString())
                + ",\"generatorURL\":" + text(externalUrl + "/#/monitor") + ",\"fingerprint\":" + text(fingerprint(labels)) + "}";
        return "{\"version\":\"4\",\"groupKey\":" + text("{}:{alertname=\"" + change.rule() + "\"}") + ",\"truncatedAlerts\":0"
                + ",\"status\":" + text(status) + ",\"receiver\":" + text(RECEIVER)
                + ",\"groupLabels\":" + object(Map.of("alertname", change.rule())) + ",\"commonLabels\":" + object(labels)
                + ",\"commonAnnotations\":" + object(annotations) + ",\"externalURL\":" + text(externalUrl)
                + ",\"alerts\":[" + alert + "]}";
    }

    /** Prometheus' fingerprint of a label set: 64-bit FNV-1a over the sorted names and values, each ended by 0xff. */
    static String fingerprint(Map<String, String> labels) {
        long hash = 0xcbf29ce484222325L;
        for (var e : new TreeMap<>(labels).entrySet()) {
            for (String part : new String[] {e.getKey(), e.getValue()}) {
                for (byte b : part.getBytes(StandardCharsets.UTF_8)) hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
                hash = (hash ^ 0xff) * 0x100000001b3L;
            }
        }
        return String.format("%016x", hash);
    }

    private static String object(Map<String, String> fields) {
        StringBuilder out = new StringBuilder("{");
        fields.forEach((k, v) -> out.append(out.length() > 1 ? "," : "").append(text(k)).append(':').append(text(v)));
        return out.append('}').toString();
    }

    private static String text(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
                    else out.append(c);
                }
            }
        }
        return out.append('"').toString();
    }
}
