package aura.application.monitor;

import aura.testing.KeptAlertChanges;
import aura.domain.monitor.AlertRules;
import aura.domain.monitor.Alert;
import aura.domain.monitor.AlertChange;
import aura.domain.monitor.MetricPoint;
import aura.domain.monitor.NodeAnomaly;
import aura.domain.monitor.Sample;
import aura.testing.StoredPoints;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A replayed trace of a node's samples with an injected fault (memory filling up for ten minutes, then freed)
 * goes through the detector and the alert rules as the node runs them: the alert goes pending, fires, and
 * resolves when the fault is gone, and the anomaly score is in the red at the fault's first sample, naming the memory.
 */
class ReplayedFaultTest {
    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");

    @Test
    void anInjectedFaultRaisesAnAlertThatResolvesWhenTheFaultIsGone() {
        var history = new StoredPoints();
        var detect = new DetectAnomalies(history, new DrainedNodeTest.NoGauges());
        var book = new AlertBook(AlertRules.defaults());
        var evaluate = new EvaluateAlerts(book, new KeptAlertChanges());
        Random random = new Random(2);
        List<AlertChange> transitions = new ArrayList<>();
        int steadyAlarms = 0;
        NodeAnomaly atFault = null;
        for (int i = 0; i < 720; i++) { // an hour of 5 s samples; the fault from minute 40 to minute 50
            boolean fault = i >= 480 && i < 600;
            double memory = fault ? 0.97 + 0.01 * random.nextDouble() : 0.55 + 0.02 * random.nextGaussian();
            var sample = new Sample("box", T0.plusSeconds(5L * i), Map.of("memory.used_fraction", memory,
                    "cpu.load", 0.2 + 0.05 * Math.abs(random.nextGaussian())));
            var anomaly = detect.detect(sample);
            if (i >= 300 && i < 480 && anomaly.score() > 0.5) steadyAlarms++;
            if (i == 480) atFault = anomaly;
            transitions.addAll(evaluate.evaluate(sample.with(DetectAnomalies.SCORE_METRIC, anomaly.score())));
        }
        var memory = transitions.stream().filter(t -> t.rule().equals("memory_exhausted")).toList();
        assertThat(memory).extracting(AlertChange::state)
                .containsExactly(Alert.State.PENDING, Alert.State.FIRING, Alert.State.RESOLVED);
        assertThat(memory.get(0).at()).isEqualTo(T0.plusSeconds(5L * 480));
        assertThat(memory.get(1).at()).isEqualTo(T0.plusSeconds(5L * 480 + 300));
        assertThat(memory.get(2).at()).isEqualTo(T0.plusSeconds(5L * 600));
        assertThat(atFault.score()).as("the fault's first sample").isGreaterThan(0.5);
        assertThat(atFault.mostUnusual()).isEqualTo("memory.used_fraction");
        assertThat(steadyAlarms).as("steady samples scored in the red, of 180").isLessThanOrEqualTo(2);
        assertThat(history.points).extracting(MetricPoint::metric).containsOnly(DetectAnomalies.SCORE_METRIC);
    }
}
