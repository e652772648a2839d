package aura.application.policy;

import aura.testing.KeptAlertChanges;
import aura.domain.monitor.AlertRules;
import aura.application.monitor.AlertBook;
import aura.application.monitor.EvaluateAlerts;
import aura.application.routing.InMemoryRoutingLog;
import aura.application.routing.LiveNodes;
import aura.application.routing.port.RoutingLog;
import aura.domain.monitor.Alert;
import aura.domain.monitor.Sample;
import aura.domain.policy.Budget;
import aura.domain.policy.PriceList;
import aura.domain.policy.Usage;
import aura.domain.routing.RoutingDecision;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The seed's alerts: the policies' figures in a node's sample, and the default rules that watch them. */
class UsageTelemetryTest {
    static final Instant NOW = Instant.parse("2026-12-15T12:00:00Z");
    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    final PolicySettings settings = new PolicySettings(PriceList.parse("big:70b=10/30"), Budget.NONE,
            new Tiers(Optional.of("small:1b"), Optional.of("big:70b"), 0.8));
    final InMemoryPolicies ledger = new InMemoryPolicies(settings, new LiveNodes(), clock);
    final InMemoryRoutingLog routing = new InMemoryRoutingLog();
    final UsageTelemetry telemetry = new UsageTelemetry(ledger, routing, CurrentPolicies.fixed(settings), ledger, clock);

    void generation(String user, String model, int prompt, int output, Instant at) {
        ledger.record(new Usage(user, model, "node", prompt, output, at));
    }

    void decision(boolean served, Instant at) {
        routing.record(new RoutingLog.Entry(java.util.UUID.randomUUID().toString(), at, "node",
                new RoutingDecision("big:70b", Optional.empty(), List.of(), List.of()),
                served ? Optional.of("node") : Optional.empty(), Optional.of(1.0), Optional.of(served ? "ok" : "failed"),
                Optional.empty()));
    }

    @Test
    void theSampleCarriesTodaysStrategicShareTheCostliestPersonAndTheHoursRoutingFailures() {
        for (int i = 0; i < 2; i++) generation("ann", "big:70b", 10_000, 10_000, NOW.minusSeconds(60)); // $0.80
        for (int i = 0; i < 3; i++) generation("bob", "small:1b", 100, 100, NOW.minusSeconds(60));
        generation("bob", "big:70b", 1_000, 1_000, NOW.minus(Duration.ofDays(2))); // this month, not today
        for (int i = 0; i < 98; i++) decision(true, NOW.minusSeconds(30));
        for (int i = 0; i < 2; i++) decision(false, NOW.minusSeconds(30));
        decision(false, NOW.minus(Duration.ofHours(2))); // older than the hour

        var gauges = telemetry.read().gauges();
        assertThat(gauges.get("policy.strategic_share")).isCloseTo(2.0 / 5, within(1e-9));
        assertThat(gauges.get("policy.user_dollars_month_max")).isCloseTo(0.80, within(1e-9));
        assertThat(gauges.get("routing.failure_fraction")).isCloseTo(0.02, within(1e-9));
    }

    @Test
    void theDefaultRulesFireOnAStrategicShareOver30PercentACostOver50CentsAndFailuresOver1Percent() {
        var book = new AlertBook(AlertRules.defaults());
        var alerts = new EvaluateAlerts(book, new KeptAlertChanges());
        Map<String, Double> over = Map.of("policy.strategic_share", 0.4, "policy.user_dollars_month_max", 0.8,
                "routing.failure_fraction", 0.02);
        alerts.evaluate(new Sample("node", NOW, over));
        alerts.evaluate(new Sample("node", NOW.plus(Duration.ofMinutes(11)), over));
        assertThat(states(book)).containsEntry("strategic_share_high", Alert.State.FIRING)
                .containsEntry("user_cost_high", Alert.State.FIRING).containsEntry("routing_failures_high", Alert.State.FIRING);

        var quietBook = new AlertBook(AlertRules.defaults());
        var quiet = new EvaluateAlerts(quietBook, new KeptAlertChanges());
        Map<String, Double> under = Map.of("policy.strategic_share", 0.3, "policy.user_dollars_month_max", 0.5,
                "routing.failure_fraction", 0.01);
        quiet.evaluate(new Sample("node", NOW, under));
        quiet.evaluate(new Sample("node", NOW.plus(Duration.ofMinutes(11)), under));
        assertThat(states(quietBook)).containsEntry("strategic_share_high", Alert.State.INACTIVE)
                .containsEntry("user_cost_high", Alert.State.INACTIVE).containsEntry("routing_failures_high", Alert.State.INACTIVE);
    }

    private static Map<String, Alert.State> states(AlertBook book) {
        return book.current().stream().collect(Collectors.toMap(a -> a.rule().name(), Alert::state));
    }

    @Test
    void thePeopleAtEightyPercentOfTheirBudgetAreCountedAndTheDefaultRuleFiresOnTheFirst() {
        ledger.set("ann", new Budget(java.util.OptionalLong.of(10_000), java.util.OptionalDouble.empty(), false));
        ledger.set("bob", new Budget(java.util.OptionalLong.of(10_000), java.util.OptionalDouble.empty(), true));
        generation("ann", "small:1b", 4_000, 3_900, NOW.minusSeconds(60)); // 79 %
        generation("bob", "small:1b", 4_000, 4_000, NOW.minusSeconds(60)); // 80 %
        generation("cat", "small:1b", 9_000, 9_000, NOW.minusSeconds(60)); // no budget: the default, none
        assertThat(telemetry.read().gauges()).containsEntry("policy.budgets_nearly_spent", 1.0);

        var book = new AlertBook(AlertRules.defaults());
        var alerts = new EvaluateAlerts(book, new KeptAlertChanges());
        alerts.evaluate(new Sample("node", NOW, Map.of("policy.budgets_nearly_spent", 0.0)));
        assertThat(states(book)).containsEntry("budget_nearly_spent", Alert.State.INACTIVE);
        alerts.evaluate(new Sample("node", NOW.plusSeconds(10), Map.of("policy.budgets_nearly_spent", 1.0)));
        assertThat(states(book)).containsEntry("budget_nearly_spent", Alert.State.FIRING);
    }

    @Test
    void withNothingToDivideByTheFiguresAreLeftOut() {
        assertThat(telemetry.read().gauges()).isEmpty();
    }
}
