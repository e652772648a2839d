package aura.domain.policy;

import aura.domain.problem.InvalidInput;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A gatekeeper rule as an admin writes it, and the default rules the migration installs. */
class GateRuleTest {
    @Test
    void aPatternThatDoesNotCompileIsRefusedNamingThePattern() {
        assertThatThrownBy(() -> new GateRule("bad", "([0-9]", GateRule.Scope.ANY, "", true))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).field()).contains("pattern"))
                .hasMessageContaining("does not compile");
    }

    @Test
    void anUnknownScopeIsRefusedNamingTheScope() {
        assertThatThrownBy(() -> GateRule.Scope.parse("elsewhere")).isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).field()).contains("scope"));
    }

    @Test
    void rulesMatchWhateverTheCase() {
        var rules = new GateRules(List.of(new GateRule("secret", "top secret", GateRule.Scope.ANY, "", true)));
        assertThat(rules.matching("this is TOP SECRET", GateRule.Scope.ANY)).isPresent();
        assertThat(rules.matching("this is TOP SECRET", GateRule.Scope.EXTERNAL)).as("a rule of the other scope").isEmpty();
    }

    /** The defaults, read from the migration itself: cards and phone numbers match, ordinary numbers do not. */
    @Test
    void theDefaultRulesCatchCardAndPhoneNumbersButNotDatesOrAmounts() throws Exception {
        String sql = Files.readString(Path.of("src/main/resources/db/migration/V11__gatekeeper.sql"));
        Matcher m = Pattern.compile("\\('([a-z-]+)', '([^']+)', 'external'").matcher(sql);
        List<GateRule> defaults = new java.util.ArrayList<>();
        while (m.find()) defaults.add(new GateRule(m.group(1), m.group(2), GateRule.Scope.EXTERNAL, "", true));
        assertThat(defaults).extracting(GateRule::name).containsExactly("card-number", "phone-number");
        var rules = new GateRules(defaults);
        for (String sensitive : List.of("card 4111 1111 1111 1111", "card 5500-0000-0000-0004", "4111111111111111",
                "call me on +44 20 7946 0958", "my number is 415-555-0132", "ring 06 12 34 56 78")) {
            assertThat(rules.matching(sensitive, GateRule.Scope.EXTERNAL)).as(sensitive).isPresent();
            assertThat(rules.matching(sensitive, GateRule.Scope.ANY)).as("no rule for every backend: " + sensitive).isEmpty();
        }
        for (String ordinary : List.of("meet on 2026-12-01", "it costs 1500 dollars", "version 1.19.0", "list 3 notes",
                "the year 2025 had 365 days")) {
            assertThat(rules.matching(ordinary, GateRule.Scope.EXTERNAL)).as(ordinary).isEmpty();
        }
    }
}
