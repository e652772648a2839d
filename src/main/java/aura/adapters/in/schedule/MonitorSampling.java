package aura.adapters.in.schedule;

import aura.application.monitor.DetectAnomalies;
import aura.application.monitor.EvaluateAlerts;
import aura.application.monitor.RollUpHistory;
import aura.application.monitor.SampleNode;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node watching itself: a sample every {@code aura.monitor.sample-every} (5 s unless set), scored by the
 * detector and the alert rules as it is taken, and once a minute
 * the finished minutes rolled up and the history pruned. A failed tick is logged once and tried again at the next.
 */
@Singleton
@Requires(property = "aura.cli", notEquals = "true")
class MonitorSampling {
    private static final Logger LOG = LoggerFactory.getLogger(MonitorSampling.class);

    private final SampleNode sampleNode;
    private final RollUpHistory rollUpHistory;
    private final DetectAnomalies detectAnomalies;
    private final EvaluateAlerts evaluateAlerts;
    private final FailureStreak streak = new FailureStreak();

    MonitorSampling(SampleNode sampleNode, RollUpHistory rollUpHistory, DetectAnomalies detectAnomalies,
                    EvaluateAlerts evaluateAlerts) {
        this.sampleNode = sampleNode;
        this.rollUpHistory = rollUpHistory;
        this.detectAnomalies = detectAnomalies;
        this.evaluateAlerts = evaluateAlerts;
    }

    @Scheduled(fixedDelay = "${aura.monitor.sample-every:5s}", initialDelay = "1s")
    void sample() {
        run("Monitor sample", () -> {
            var sample = sampleNode.sample();
            var anomaly = detectAnomalies.detect(sample);
            evaluateAlerts.evaluate(sample.with(DetectAnomalies.SCORE_METRIC, anomaly.score()));
        });
    }

    @Scheduled(fixedDelay = "60s", initialDelay = "30s")
    void rollUp() {
        run("Monitor roll-up", rollUpHistory::rollUp);
    }

    private void run(String what, Runnable work) {
        streak.run(LOG, work, what + " works again", what + " failed: {}");
    }
}
