package aura.application.monitor;

import aura.domain.monitor.Alert;
import aura.domain.monitor.AlertChange;
import aura.domain.monitor.AlertRule;
import aura.domain.monitor.AlertRules;
import aura.domain.monitor.Sample;
import aura.testing.KeptAlertChanges;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A node that restarts takes its pending and firing alerts back from the history: one whose condition still holds
 * goes on firing without a second firing change; one whose condition is gone resolves at the first sample.
 */
class RestoredAlertsTest {
    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");

    private static AlertChange firing(String rule, Instant at) {
        var r = AlertRules.defaults().named(rule).orElseThrow();
        return new AlertChange(rule, "box", Alert.State.PENDING, Alert.State.FIRING, at, 0.99, r.severity(), T0);
    }

    @Test
    void aFiringAlertGoesOnFiringOrResolvesAfterARestart() {
        var history = new KeptAlertChanges();
        history.changes.add(firing("memory_exhausted", T0.plusSeconds(300)));
        history.changes.add(firing("cpu_saturated", T0.plusSeconds(600)));
        history.changes.add(new AlertChange("cpu_saturated", "box", Alert.State.FIRING, Alert.State.RESOLVED, T0.plusSeconds(700),
                0.2, AlertRule.Severity.WARNING, T0)); // resolved since: it stays inactive
        var book = new AlertBook(AlertRules.defaults());
        var evaluate = new EvaluateAlerts(book, history);

        var changes = evaluate.evaluate(new Sample("box", T0.plusSeconds(900), Map.of("memory.used_fraction", 0.97, "cpu.load", 0.2)));
        assertThat(changes).isEmpty();
        assertThat(book.current()).filteredOn(a -> a.rule().name().equals("memory_exhausted")).singleElement()
                .satisfies(a -> {
                    assertThat(a.state()).isEqualTo(Alert.State.FIRING);
                    assertThat(a.activeSince()).isEqualTo(T0);
                });
        assertThat(book.current()).filteredOn(a -> a.rule().name().equals("cpu_saturated"))
                .extracting(Alert::state).containsExactly(Alert.State.INACTIVE);

        var later = evaluate.evaluate(new Sample("box", T0.plusSeconds(905), Map.of("memory.used_fraction", 0.5)));
        assertThat(later).singleElement().satisfies(c -> {
            assertThat(c.rule()).isEqualTo("memory_exhausted");
            assertThat(c.from()).isEqualTo(Alert.State.FIRING);
            assertThat(c.state()).isEqualTo(Alert.State.RESOLVED);
            assertThat(c.activeSince()).isEqualTo(T0);
        });
    }
}
