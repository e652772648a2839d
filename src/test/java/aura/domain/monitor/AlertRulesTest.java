package aura.domain.monitor;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules in force: the defaults, changed, switched off or added to by the person's own. */
class AlertRulesTest {
    private static AlertRule rule(String name, String metric, double threshold) {
        return new AlertRule(name, metric, AlertRule.Comparison.ABOVE, threshold, Duration.ofMinutes(1), Duration.ZERO,
                AlertRule.Severity.CRITICAL);
    }

    private static List<String> names(AlertRules rules) {
        return rules.rules().stream().map(AlertRule::name).toList();
    }

    @Test
    void withoutOwnRulesTheDefaultsAreInForce() {
        assertThat(AlertRules.inForce(List.of())).isEqualTo(AlertRules.defaults());
    }

    @Test
    void anOwnRuleNamedLikeADefaultReplacesItInItsPlace() {
        var own = rule("cpu_saturated", "cpu.load", 0.8);
        var rules = AlertRules.inForce(List.of(new OwnAlertRule("f:3", own, true)));
        assertThat(names(rules)).isEqualTo(names(AlertRules.defaults()));
        assertThat(rules.named("cpu_saturated")).contains(own);
    }

    @Test
    void aSwitchedOffRuleIsNotInForce() {
        var rules = AlertRules.inForce(List.of(new OwnAlertRule("f:3", rule("anomaly", "monitor.anomaly_score", 0.5), false),
                new OwnAlertRule("f:9", rule("mine", "cpu.load", 0.5), false)));
        assertThat(names(rules)).doesNotContain("anomaly", "mine").hasSize(DefaultAlertRules.all().size() - 1);
    }

    @Test
    void otherRulesComeAfterTheDefaultsInTheOrderWritten() {
        var rules = AlertRules.inForce(List.of(new OwnAlertRule("f:3", rule("swap_high", "swap.used_fraction", 0.5), true),
                new OwnAlertRule("g:1", rule("gpu_hot", "gpu.temperature_c:0", 85), true)));
        assertThat(names(rules)).endsWith("swap_high", "gpu_hot");
    }

    @Test
    void aNameWrittenTwiceIsRefusedAtItsSecondPlace() {
        assertThatThrownBy(() -> AlertRules.inForce(List.of(new OwnAlertRule("inventory.yml:12", rule("mine", "cpu.load", 0.5), true),
                new OwnAlertRule("alert-rules.yml:4", rule("mine", "cpu.load", 0.7), false))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("alert-rules.yml:4: alert rule 'mine' is already written at inventory.yml:12");
    }
}
