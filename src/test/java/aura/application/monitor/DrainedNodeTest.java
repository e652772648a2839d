package aura.application.monitor;

import aura.domain.monitor.AlertRules;
import aura.testing.HandClock;
import aura.testing.KeptAlertChanges;
import aura.testing.StoredPoints;

import aura.application.mesh.GenerationLoad;
import aura.application.monitor.port.AnomalyGauges;
import aura.application.monitor.port.MeshMonitorEvents;
import aura.application.monitor.port.TopologyHistory;
import aura.application.routing.LiveNodes;
import aura.domain.mesh.ServedModel;
import aura.domain.monitor.Alert;
import aura.domain.monitor.AlertRule;
import aura.domain.monitor.OwnAlertRule;
import aura.domain.monitor.ThresholdWatch;
import aura.domain.monitor.HistoryRetention;
import aura.domain.monitor.MonitorEvent;
import aura.domain.monitor.NodeAnomaly;
import aura.domain.monitor.NodeOutlook;
import aura.domain.monitor.NodeTopology;
import aura.domain.monitor.Reading;
import aura.domain.routing.RouteRequest;
import aura.domain.routing.RoutingDecision;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Consumer;

import static aura.application.routing.LiveNodes.MODEL;
import static aura.application.routing.LiveNodes.measured;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Acting on the monitor: while a node's failure risk is high (its memory is past the point of exhaustion) its own
 * router sends it no new generations and says why; a peer whose heartbeat asks to be drained is skipped the same
 * way; once the alert resolves the node is routed to again.
 */
class DrainedNodeTest {
    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");

    static final class NoTopologies implements TopologyHistory {
        @Override public void save(NodeTopology.Summary window) { }
        @Override public List<NodeTopology.Summary> windows(String node, Instant from, Instant to) { return List.of(); }
        @Override public long prune(String node, Instant before) { return 0; }
    }

    static final class NoGauges implements AnomalyGauges {
        @Override public void publish(NodeAnomaly anomaly) { }
        @Override public void publish(NodeOutlook.Prediction prediction) { }
        @Override public void publish(List<Alert> alerts) { }
    }

    static final class NoMesh implements MeshMonitorEvents {
        @Override public void announce(MonitorEvent event) { }
        @Override public void follow(Consumer<MonitorEvent> onEvent) { }
    }

    private final HandClock clock = new HandClock(T0);
    private volatile double memory = 0.5;
    private final LiveNodes mesh = new LiveNodes();
    private final List<MonitorEvent> events = new ArrayList<>();
    private final KeptAlertChanges kept = new KeptAlertChanges();

    private final StoredPoints history = new StoredPoints();

    private ObserveNode observer() {
        return observer(AlertRules.defaults());
    }

    private ObserveNode observer(AlertRules rules) {
        var alerts = new AlertBook(rules);
        var feed = new MonitorFeed(new NoMesh(), alerts);
        feed.follow(events::add);
        GenerationLoad load = new GenerationLoad() {
            public List<ServedModel> servedModels() { return List.of(); }
            public int activeGenerations() { return 0; }
            public int queuedGenerations() { return 0; }
        };
        var sample = new SampleNode(LiveNodes.THIS_NODE, List.of(() -> new Reading(clock.instant(),
                Map.of("memory.used_fraction", memory, "cpu.load", 0.2), Map.of())), load, () -> 0, history, feed, clock);
        var gauges = new NoGauges();
        return new ObserveNode(sample, new DetectAnomalies(history, gauges), new EvaluateAlerts(alerts, kept), alerts,
                new OutlookBook(), feed, history, new NoTopologies(), gauges, mesh.drain,
                new KeepAlertChanges(kept, change -> { }));
    }

    private RoutingDecision route() {
        return mesh.planRoute().plan(new RouteRequest(MODEL, OptionalInt.empty(), 200)).decision();
    }

    @Test
    void aNodeAtRiskGetsNoNewGenerationsUntilItsAlertResolves() {
        mesh.localModels = List.of(measured(MODEL, 200));
        mesh.beat("slowpoke", measured(MODEL, 20));
        var observer = observer();
        for (int i = 0; i < 20; i++) {
            observer.observe();
            clock.advance(java.time.Duration.ofSeconds(5));
        }
        assertThat(route().chosen()).contains(LiveNodes.SELF);

        memory = 0.97; // past the memory_exhausted threshold: exhaustion is now, the failure risk is 1
        observer.observe();
        assertThat(mesh.drain.drainedBy()).containsExactly("failure_risk");
        var drained = route();
        assertThat(drained.chosen()).contains("slowpoke");
        assertThat(drained.excluded()).contains(LiveNodes.SELF + ": drained: failure_risk");
        assertThat(events).anyMatch(e -> e.type() == MonitorEvent.Type.ALERT && e.detail().equals("failure_risk")
                && e.state().equals("firing"));

        memory = 0.5;
        for (int i = 0; i < 14; i++) { // the rule keeps firing for a minute after the risk fell
            clock.advance(java.time.Duration.ofSeconds(5));
            observer.observe();
        }
        assertThat(mesh.drain.drainedBy()).isEmpty();
        assertThat(events).anyMatch(e -> e.type() == MonitorEvent.Type.ALERT && e.detail().equals("failure_risk")
                && e.state().equals("resolved"));
        assertThat(route().chosen()).contains(LiveNodes.SELF);
    }

    @Test
    void aPersonsRuleOverTheTimeToExhaustionFiresOnceItIsCloseAndItsChangeIsKept() {
        var soon = new AlertRule("memory_soon", "monitor.time_to_threshold_s:memory.used_fraction", AlertRule.Comparison.BELOW,
                3600, Duration.ZERO, Duration.ZERO, AlertRule.Severity.CRITICAL);
        // holds while there is any forecast: it resolves only if a forecast that is gone reads as the horizon
        var forecast = new AlertRule("memory_forecast", soon.metric(), AlertRule.Comparison.BELOW,
                ThresholdWatch.HORIZON_SECONDS, Duration.ZERO, Duration.ZERO, AlertRule.Severity.INFO);
        var observer = observer(AlertRules.inForce(List.of(new OwnAlertRule("rules.yml:2", soon, true),
                new OwnAlertRule("rules.yml:5", forecast, true))));
        for (int i = 0; i < 5; i++) {
            observer.observe();
            clock.advance(Duration.ofSeconds(5));
        }
        assertThat(history.points).noneMatch(p -> p.metric().equals(soon.metric())); // flat: no forecast to store
        assertThat(kept.changes).noneMatch(c -> c.rule().equals("memory_soon"));

        memory = 0.97; // past the threshold: the time to it is 0
        observer.observe();
        assertThat(kept.changes).filteredOn(c -> c.rule().equals("memory_soon")).singleElement()
                .satisfies(c -> {
                    assertThat(c.from()).isEqualTo(Alert.State.INACTIVE);
                    assertThat(c.state()).isEqualTo(Alert.State.FIRING);
                    assertThat(c.value()).isZero();
                    assertThat(c.severity()).isEqualTo(AlertRule.Severity.CRITICAL);
                    assertThat(c.at()).isEqualTo(clock.instant());
                });
        assertThat(history.points).filteredOn(p -> p.metric().equals(soon.metric())).singleElement()
                .satisfies(p -> assertThat(p.value()).isZero());

        memory = 0.5; // flat again: the forecast fades and then is gone
        for (int i = 0; i < 5000 && kept.changes.stream().noneMatch(c -> c.rule().equals("memory_forecast")
                && c.state() == Alert.State.RESOLVED); i++) {
            clock.advance(Duration.ofSeconds(5));
            observer.observe();
        }
        assertThat(kept.changes).filteredOn(c -> c.rule().equals("memory_forecast")).last()
                .satisfies(c -> assertThat(c.state()).isEqualTo(Alert.State.RESOLVED))
                .satisfies(c -> assertThat(c.value()).isEqualTo(ThresholdWatch.HORIZON_SECONDS));
        assertThat(history.points).filteredOn(p -> p.metric().equals(soon.metric()))
                .allMatch(p -> p.value() < ThresholdWatch.HORIZON_SECONDS);
    }

    @Test
    void aPeerWhoseHeartbeatAsksToBeDrainedIsSkippedAndSaysWhy() {
        mesh.drained("fast", 4100, List.of("memory_exhausted"), measured(MODEL, 500));
        mesh.beat("steady", 4200, measured(MODEL, 50));
        var decision = route();
        assertThat(decision.chosen()).contains("steady");
        assertThat(decision.excluded()).contains("fast: drained: memory_exhausted");

        mesh.beat("fast", 4100, measured(MODEL, 500)); // its alert resolved: the next heartbeat takes work again
        assertThat(route().chosen()).contains("fast");
    }

    @Test
    void everySampleAndScoreIsToldToTheFeedBeforeTheNextSample() {
        var observer = observer();
        observer.observe();
        assertThat(events).extracting(MonitorEvent::type).containsExactly(MonitorEvent.Type.SAMPLE, MonitorEvent.Type.SCORE);
        assertThat(events.get(0).values()).containsKey("memory.used_fraction");
        assertThat(events.get(1).values()).containsKeys("anomaly_score", "failure_risk");
    }
}
