package aura.adapters.out.jdbc;

import aura.application.monitor.port.AlertHistory;
import aura.domain.monitor.Alert;
import aura.domain.monitor.AlertChange;
import aura.domain.monitor.AlertRule;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The alert changes on the real Postgres: every field read back exactly, the newest first across nodes with a
 * limit, and each node pruning only its own changes.
 */
class JdbcAlertHistoryTest extends OnPostgres {
    private AlertHistory history() {
        return bean(AlertHistory.class);
    }

    private static AlertChange change(String node, int minute, Alert.State from, Alert.State to, double value) {
        return new AlertChange("memory_exhausted", node, from, to, minutesAfterT0(minute), value, AlertRule.Severity.CRITICAL,
                to == Alert.State.INACTIVE ? null : minutesAfterT0(0));
    }

    @Test
    void changesReadBackNewestFirstWithEveryField() {
        // later than the other test's, which may have run first in the same database
        var pending = change("keeper", 60, Alert.State.INACTIVE, Alert.State.PENDING, 0.96);
        var firing = change("keeper", 65, Alert.State.PENDING, Alert.State.FIRING, 0.97);
        var resolved = change("keeper", 69, Alert.State.FIRING, Alert.State.RESOLVED, 0.5);
        var noValue = change("other", 67, Alert.State.INACTIVE, Alert.State.PENDING, Double.NaN);
        history().save(List.of(pending, firing));
        history().save(List.of(noValue, resolved));
        var recent = history().recent(3);
        assertThat(recent).hasSize(3);
        assertThat(recent.get(0)).isEqualTo(resolved);
        assertThat(recent.get(1).rule()).isEqualTo("memory_exhausted");
        assertThat(recent.get(1).value()).isNaN();
        assertThat(recent.get(2)).isEqualTo(firing);
    }

    @Test
    void eachNodePrunesOnlyItsOwnOldChanges() {
        history().save(List.of(change("pruner", 0, Alert.State.INACTIVE, Alert.State.FIRING, 1),
                change("pruner", 30, Alert.State.FIRING, Alert.State.RESOLVED, 0),
                change("bystander", 0, Alert.State.INACTIVE, Alert.State.FIRING, 1)));
        assertThat(history().prune("pruner", minutesAfterT0(10))).isEqualTo(1);
        assertThat(history().recent(500)).filteredOn(c -> c.node().equals("pruner")).extracting(AlertChange::state)
                .containsExactly(Alert.State.RESOLVED);
        assertThat(history().recent(500)).anyMatch(c -> c.node().equals("bystander"));
    }

    @Test
    void theLastChangeOfEachOfANodesRulesIsFound() {
        var cpu = new AlertChange("cpu_saturated", "restarter", Alert.State.PENDING, Alert.State.FIRING, minutesAfterT0(3), 0.99,
                AlertRule.Severity.WARNING, minutesAfterT0(1));
        history().save(List.of(change("restarter", 1, Alert.State.INACTIVE, Alert.State.FIRING, 1), cpu,
                change("restarter", 4, Alert.State.FIRING, Alert.State.RESOLVED, 0),
                change("elsewhere", 5, Alert.State.INACTIVE, Alert.State.FIRING, 1)));
        assertThat(history().last("restarter")).containsExactlyInAnyOrder(cpu,
                change("restarter", 4, Alert.State.FIRING, Alert.State.RESOLVED, 0));
    }
}
