package aura.adapters.out.jdbc;

import aura.application.policy.port.GateRuleStore;
import aura.domain.policy.GateRule;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The gatekeeper's rules on the real Postgres, as every request checks them. */
class JdbcGateRulesTest extends OnPostgres {
    GateRuleStore rules() {
        return bean(GateRuleStore.class);
    }

    @Test
    void aRuleSavedOrRemovedHereHoldsAtTheNextCheckThoughTheRulesAreRemembered() {
        String name = "t" + UUID.randomUUID().toString().substring(0, 8);
        String word = "zx" + UUID.randomUUID().toString().substring(0, 6);
        assertThat(rules().compiled().matching("say " + word, GateRule.Scope.ANY)).isEmpty(); // now remembered

        rules().save(new GateRule(name, word, GateRule.Scope.ANY, "no " + word, true));
        assertThat(rules().compiled().matching("say " + word, GateRule.Scope.ANY)).map(GateRule::name).contains(name);

        assertThat(rules().remove(name)).isTrue();
        assertThat(rules().compiled().matching("say " + word, GateRule.Scope.ANY)).isEmpty();
    }
}
