package aura.domain.monitor;

import java.time.Instant;
import java.util.Map;

/**
 * A node's anomaly score at one sample: its series' scores joined by Bonferroni's rule (the most unusual
 * series' tail probability times the number of series), so a node with many metrics is not alarmed by chance
 * more often than one with few; and the series that was most unusual.
 */
public record NodeAnomaly(String node, Instant at, double score, String mostUnusual, Map<String, Double> scores) {
    public NodeAnomaly {
        scores = Map.copyOf(scores);
    }

    /** Scores are {@code −log10(p) / 12} ({@link SeriesDetector}); the joined p is {@code min(1, k · min p)}. */
    public static NodeAnomaly of(String node, Instant at, Map<String, Double> scores) {
        String top = "";
        double best = -1;
        for (var e : scores.entrySet()) {
            if (e.getValue() > best) {
                best = e.getValue();
                top = e.getKey();
            }
        }
        if (scores.isEmpty()) return new NodeAnomaly(node, at, 0, top, scores);
        double log10p = -12 * best + Math.log10(scores.size());
        return new NodeAnomaly(node, at, Math.max(0, Math.min(1, -log10p / 12)), top, scores);
    }
}
