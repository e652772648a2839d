package aura.domain.monitor;

import java.time.Duration;
import java.util.List;

/** The rules every node evaluates on itself (docs/MONITOR.md, "Alerts"). */
public final class DefaultAlertRules {
    /** The node's failure risk ({@link NodeOutlook}), stored and evaluated beside its metrics. */
    public static final String FAILURE_RISK = "monitor.failure_risk";
    /** Each watched metric's forecast time to its threshold ({@link ThresholdWatch}), labelled by the metric. */
    public static final String TIME_TO_THRESHOLD = "monitor.time_to_threshold_s";
    /** The used fraction of memory at which a node's memory is exhausted: the alert's line and the outlook's threshold. */
    public static final double MEMORY_EXHAUSTED = 0.95;

    private DefaultAlertRules() {
    }

    public static List<AlertRule> all() {
        return List.of(
                // no "for": the detector keeps a score above the red line only at the start of a run (AlarmOnset),
                // so a condition asked to hold for a while would never fire; keep_firing_for holds the alert instead
                new AlertRule("anomaly", "monitor.anomaly_score", AlertRule.Comparison.ABOVE, 0.5,
                        Duration.ZERO, Duration.ofMinutes(5), AlertRule.Severity.WARNING),
                new AlertRule("memory_exhausted", NodeOutlook.MEMORY, AlertRule.Comparison.ABOVE, MEMORY_EXHAUSTED,
                        Duration.ofMinutes(5), Duration.ZERO, AlertRule.Severity.CRITICAL, true),
                new AlertRule("failure_risk", FAILURE_RISK, AlertRule.Comparison.ABOVE, Recommendation.DRAIN_RISK,
                        Duration.ZERO, Duration.ofMinutes(1), AlertRule.Severity.CRITICAL, true),
                new AlertRule("cpu_saturated", "cpu.load", AlertRule.Comparison.ABOVE, 0.95,
                        Duration.ofMinutes(10), Duration.ZERO, AlertRule.Severity.WARNING),
                new AlertRule("backend_failing", "generation.backend_errors.per_s", AlertRule.Comparison.ABOVE, 0,
                        Duration.ofMinutes(2), Duration.ofMinutes(5), AlertRule.Severity.WARNING),
                // the policies' alerts (docs/POLICIES.md, "Alerts"): mesh-wide figures every node samples
                new AlertRule("strategic_share_high", "policy.strategic_share", AlertRule.Comparison.ABOVE, 0.30,
                        Duration.ofMinutes(10), Duration.ZERO, AlertRule.Severity.WARNING),
                new AlertRule("user_cost_high", "policy.user_dollars_month_max", AlertRule.Comparison.ABOVE, 0.50,
                        Duration.ZERO, Duration.ZERO, AlertRule.Severity.WARNING),
                new AlertRule("budget_nearly_spent", "policy.budgets_nearly_spent", AlertRule.Comparison.ABOVE, 0,
                        Duration.ZERO, Duration.ZERO, AlertRule.Severity.WARNING),
                new AlertRule("routing_failures_high", "routing.failure_fraction", AlertRule.Comparison.ABOVE, 0.01,
                        Duration.ofMinutes(5), Duration.ofMinutes(5), AlertRule.Severity.WARNING));
    }
}
