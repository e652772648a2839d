package aura.domain.monitor;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Prometheus' alert states: pending for the rule's time, then firing, kept firing for a while, then resolved. */
class AlertTest {
    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");

    private static AlertRule rule(Duration pending, Duration keep) {
        return new AlertRule("hot", "cpu.load", AlertRule.Comparison.ABOVE, 0.9, pending, keep, AlertRule.Severity.WARNING);
    }

    /** The states after evaluating {@code values} one every 5 s. */
    private static List<Alert.State> states(AlertRule rule, double... values) {
        Alert alert = Alert.inactive(rule, "a");
        List<Alert.State> states = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            alert = alert.next(values[i], T0.plusSeconds(5L * i));
            states.add(alert.state());
        }
        return states;
    }

    @Test
    void anAlertIsPendingUntilItsConditionHeldForTheRulesTimeThenFires() {
        assertThat(states(rule(Duration.ofSeconds(10), Duration.ZERO), 0.5, 0.95, 0.95, 0.95, 0.95, 0.5, 0.5)).containsExactly(
                Alert.State.INACTIVE, Alert.State.PENDING, Alert.State.PENDING, Alert.State.FIRING, Alert.State.FIRING,
                Alert.State.RESOLVED, Alert.State.INACTIVE);
    }

    @Test
    void aPendingAlertWhoseConditionStopsNeverFires() {
        assertThat(states(rule(Duration.ofSeconds(10), Duration.ZERO), 0.95, 0.95, 0.5, 0.95, 0.95, 0.5)).containsExactly(
                Alert.State.PENDING, Alert.State.PENDING, Alert.State.INACTIVE, Alert.State.PENDING, Alert.State.PENDING,
                Alert.State.INACTIVE);
    }

    @Test
    void withoutAPendingTimeAnAlertFiresAtOnce() {
        assertThat(states(rule(Duration.ZERO, Duration.ZERO), 0.95, 0.5)).containsExactly(Alert.State.FIRING, Alert.State.RESOLVED);
    }

    @Test
    void keepFiringForBridgesAShortGapAndResolvesAfterIt() {
        assertThat(states(rule(Duration.ZERO, Duration.ofSeconds(10)), 0.95, 0.5, 0.95, 0.5, 0.5, 0.5)).containsExactly(
                Alert.State.FIRING, Alert.State.FIRING, Alert.State.FIRING, Alert.State.FIRING, Alert.State.RESOLVED,
                Alert.State.INACTIVE);
    }

    @Test
    void onlyChangesAPersonHearsAboutAreTransitions() {
        var r = rule(Duration.ZERO, Duration.ZERO);
        var firing = Alert.inactive(r, "a").next(0.95, T0);
        assertThat(firing.transitionFrom(Alert.inactive(r, "a"))).contains(Alert.State.FIRING);
        var resolved = firing.next(0.5, T0.plusSeconds(5));
        assertThat(resolved.transitionFrom(firing)).contains(Alert.State.RESOLVED);
        assertThat(resolved.next(0.5, T0.plusSeconds(10)).transitionFrom(resolved)).isEmpty();
    }
}
