package aura.adapters.in.schedule;

import aura.application.monitor.ObserveNode;
import aura.application.monitor.RollUpHistory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node watching itself: a sample every {@code aura.monitor.sample-every} (5 s unless set), observed as it is
 * taken ({@link ObserveNode}: streamed, scored, alerted on), and once a minute
 * the finished minutes rolled up and the history pruned. A failed tick is logged once and tried again at the next.
 * {@code aura.monitor.enabled: false} stops both (the monitor's cost can then be told from the rest of the node's).
 */
@Singleton
@Requires(property = "aura.cli", notEquals = "true")
@Requires(property = "aura.monitor.enabled", notEquals = "false")
class MonitorSampling {
    private static final Logger LOG = LoggerFactory.getLogger(MonitorSampling.class);

    private final ObserveNode observeNode;
    private final RollUpHistory rollUpHistory;
    private final FailureStreak streak = new FailureStreak();

    MonitorSampling(ObserveNode observeNode, RollUpHistory rollUpHistory) {
        this.observeNode = observeNode;
        this.rollUpHistory = rollUpHistory;
    }

    @Scheduled(fixedDelay = "${aura.monitor.sample-every:5s}", initialDelay = "1s")
    void sample() {
        run("Monitor sample", observeNode::observe);
    }

    @Scheduled(fixedDelay = "60s", initialDelay = "30s")
    void rollUp() {
        run("Monitor roll-up", rollUpHistory::rollUp);
    }

    private void run(String what, Runnable work) {
        streak.run(LOG, work, what + " works again", what + " failed: {}");
    }
}
