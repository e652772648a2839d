package aura.application.monitor;

import aura.domain.monitor.Alert;
import aura.domain.monitor.AlertChange;
import aura.domain.monitor.AlertRule;
import aura.testing.KeptAlertChanges;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An alert change the node accepted is never lost silently: one the history could not take fails the call and is
 * saved, before the newer ones, once the history is back; every change is told to the notifications at once.
 */
class KeepAlertChangesTest {
    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");

    private static AlertChange change(int second, Alert.State from, Alert.State to) {
        return new AlertChange("hot", "box", from, to, T0.plusSeconds(second), 0.97, AlertRule.Severity.WARNING, T0);
    }

    @Test
    void aChangeTheHistoryRefusedIsSavedFirstWhenItIsBack() {
        var history = new KeptAlertChanges();
        List<AlertChange> told = new ArrayList<>();
        var keep = new KeepAlertChanges(history, told::add);
        var pending = change(0, Alert.State.INACTIVE, Alert.State.PENDING);
        var firing = change(5, Alert.State.PENDING, Alert.State.FIRING);

        history.failing = true;
        assertThatThrownBy(() -> keep.keep(List.of(pending))).hasMessageContaining("away");
        assertThat(told).containsExactly(pending);

        history.failing = false;
        keep.keep(List.of(firing));
        assertThat(history.changes).containsExactly(pending, firing);
        keep.keep(List.of());
        assertThat(history.changes).containsExactly(pending, firing);
    }
}
