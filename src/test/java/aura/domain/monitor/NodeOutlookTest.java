package aura.domain.monitor;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The outlook of a node whose memory fills at a steady pace: the liquid network's forecast and the trend both
 * find the time to exhaustion, the risk grows as it nears and is 1 once it is crossed; a node whose memory only
 * wanders has no time to failure and no risk from it.
 */
class NodeOutlookTest {
    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");

    private static ThresholdWatch.Estimate memory(NodeOutlook.Prediction p) {
        return p.thresholds().stream().filter(e -> e.metric().equals(NodeOutlook.MEMORY)).findFirst().orElseThrow();
    }

    @Test
    void memoryFillingAtASteadyPaceIsForecastToRunOut() {
        var outlook = new NodeOutlook();
        Random random = new Random(3);
        double pace = 0.0001; // per second: from 0.5, exhausted (0.95) after 4500 s
        NodeOutlook.Prediction early = null;
        NodeOutlook.Prediction late = null;
        for (int i = 0; i <= 800; i++) {
            double t = 5.0 * i;
            double used = 0.5 + pace * t + 0.002 * random.nextGaussian();
            outlook.next(new Sample("box", T0.plusSeconds(5L * i), Map.of(NodeOutlook.MEMORY, used,
                    "cpu.load", 0.3 + 0.05 * random.nextGaussian())), 0, "cpu.load");
            if (i == 400) early = outlook.prediction(List.of());
            if (i == 800) late = outlook.prediction(List.of());
        }
        double truth = (0.95 - 0.5 - pace * 2000) / pace; // from the 400th sample: 2500 s
        var e = memory(early);
        assertThat(e.trendSeconds().getAsDouble()).isCloseTo(truth, within(0.25 * truth));
        assertThat(e.forecastSeconds().getAsDouble()).isBetween(truth / 2, truth * 2);
        assertThat(early.timeToFailureSeconds()).isPresent();
        assertThat(late.risk()).isGreaterThan(early.risk());
        assertThat(late.scenarios().get(0).name()).isEqualTo("memory exhausted");

        outlook.next(new Sample("box", T0.plusSeconds(5L * 801), Map.of(NodeOutlook.MEMORY, 0.96)), 0, "");
        assertThat(outlook.prediction(List.of()).risk()).isEqualTo(1.0);
        assertThat(outlook.prediction(List.of()).timeToFailureSeconds().getAsDouble()).isZero();
    }

    @Test
    void memoryThatOnlyWandersHasNoTimeToFailure() {
        var outlook = new NodeOutlook();
        Random random = new Random(4);
        for (int i = 0; i < 600; i++) {
            outlook.next(new Sample("box", T0.plusSeconds(5L * i), Map.of(NodeOutlook.MEMORY,
                    0.5 + 0.01 * Math.sin(i / 30.0) + 0.002 * random.nextGaussian())), 0, "");
        }
        var p = outlook.prediction(List.of());
        assertThat(p.risk()).isLessThan(0.05);
        assertThat(outlook.topology()).isPresent();
        assertThat(outlook.topology().get().betti()).hasSize(3);
    }

    @Test
    void anAnomalyAloneIsAWarningAndNeverRisesToTheRiskThatDrainsANode() {
        var outlook = new NodeOutlook();
        for (int i = 0; i < 200; i++) {
            outlook.next(new Sample("box", T0.plusSeconds(5L * i), Map.of("cpu.load", 0.3)), i == 199 ? 1.0 : 0, "cpu.load");
        }
        NodeOutlook.Prediction p = outlook.prediction(List.of());
        assertThat(p.scenarios()).anyMatch(s -> s.name().equals("anomaly") && s.probability() == 0.5);
        assertThat(p.risk()).isEqualTo(0.5).isLessThan(Recommendation.DRAIN_RISK);
    }
}
