package aura.domain.monitor;

import java.time.Duration;

/**
 * A threshold rule over one metric of a node, with Prometheus' timing: the condition must hold for {@code pending}
 * before the alert fires, and a firing alert keeps firing for {@code keepFiringFor} after the condition last held.
 * While a rule with {@code drains} fires, the router sends its node no new generations.
 */
public record AlertRule(String name, String metric, Comparison comparison, double threshold, Duration pending,
                        Duration keepFiringFor, Severity severity, boolean drains) {
    public AlertRule {
        if (name == null || !name.matches("[A-Za-z][A-Za-z0-9_-]{0,62}")) throw new IllegalArgumentException("a rule's name is a word");
        MetricNames.check(metric);
        if (!Double.isFinite(threshold)) throw new IllegalArgumentException("a rule's threshold is finite");
        if (pending.isNegative() || keepFiringFor.isNegative()) throw new IllegalArgumentException("durations are >= 0");
    }

    /** A rule that does not drain its node. */
    public AlertRule(String name, String metric, Comparison comparison, double threshold, Duration pending,
                     Duration keepFiringFor, Severity severity) {
        this(name, metric, comparison, threshold, pending, keepFiringFor, severity, false);
    }

    public enum Comparison {
        ABOVE, BELOW;

        boolean holds(double value, double threshold) {
            return this == ABOVE ? value > threshold : value < threshold;
        }
    }

    public enum Severity { INFO, WARNING, CRITICAL }

    public boolean holds(double value) {
        return comparison.holds(value, threshold);
    }
}
