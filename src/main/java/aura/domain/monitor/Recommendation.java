package aura.domain.monitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Something a person (or the mesh itself) can do about a node's outlook: {@code action} is one of {@code drain}
 * (the router sends the node no new generations), {@code cancel_training} (a training job on the node, through
 * {@code POST /api/training/{jobId}/cancel}), {@code prune_models} (remove models the node's backend keeps on
 * disk) and {@code inspect} (the metric behind an anomaly); {@code how} says how it is done.
 */
public record Recommendation(String action, String node, String reason, String how) {
    /** Risk at or above which a node should stop getting new generations: the {@code failure_risk} rule's threshold. */
    public static final double DRAIN_RISK = 0.8;

    public static List<Recommendation> of(String node, NodeOutlook.Prediction p, List<String> drainedBy) {
        List<Recommendation> out = new ArrayList<>();
        if (!drainedBy.isEmpty()) {
            out.add(new Recommendation("drain", node, "drained now by " + String.join(", ", drainedBy),
                    "automatic: the router skips the node until the alert resolves"));
        } else if (p.risk() > NodeOutlook.WARNING) { // a warning alone is not a reason to drain
            out.add(new Recommendation("drain", node, String.format(Locale.ROOT, "failure risk %.2f", p.risk()),
                    "automatic once the risk reaches " + DRAIN_RISK + " (rule failure_risk)"));
        }
        for (NodeOutlook.Scenario s : p.scenarios()) {
            if (s.probability() < 0.3) continue;
            String why = String.format(Locale.ROOT, "%s (probability %.2f, %s)", s.name(), s.probability(), s.metric());
            switch (s.name()) {
                case "memory exhausted" -> out.add(new Recommendation("cancel_training", node, why,
                        "POST /api/training/{jobId}/cancel for a job running on " + node + " (GET /api/training/jobs)"));
                case "disk full" -> out.add(new Recommendation("prune_models", node, why,
                        "remove models the backend of " + node + " keeps but does not serve (ollama rm <model>)"));
                case "anomaly" -> out.add(new Recommendation("inspect", node, why,
                        "GET /api/monitor/metrics/history?node=" + node + "&metric=" + s.metric()));
                default -> {
                }
            }
        }
        return out;
    }
}
