package aura.adapters.out.jdbc;

import aura.application.chat.port.ConversationTemperatures;
import aura.application.policy.port.Budgets;
import aura.application.policy.port.GateRuleStore;
import aura.application.policy.port.PolicyOverrides;
import aura.domain.policy.Budget;
import aura.domain.policy.GateRule;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two admins (or two tabs) saving the same setting at the same moment, on the real Postgres: one of their values
 * is kept and neither gets an error, also when the row did not exist yet.
 */
class SettingsSavedAtOnceTest extends OnPostgres {
    private static final int CALLERS = 8;
    private static final int ROUNDS = 15;

    private static String fresh() {
        return "t" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aGateRuleSavedByManyAtOnceIsKeptOnceWithoutAnError() throws Exception {
        var rules = bean(GateRuleStore.class);
        for (int round = 0; round < ROUNDS; round++) {
            String name = fresh();
            List<Integer> saved = atOnce(CALLERS, () -> {
                int me = (int) (Thread.currentThread().getId() % 1000);
                rules.save(new GateRule(name, "w" + me, GateRule.Scope.ANY, "reason " + me, true));
                return me;
            });
            var kept = rules.all().stream().filter(r -> r.name().equals(name)).toList();
            assertThat(kept).hasSize(1);
            assertThat(saved).contains(Integer.parseInt(kept.get(0).pattern().substring(1)));
        }
    }

    @Test
    void aPolicySettingPutByManyAtOnceKeepsOneOfTheirValues() throws Exception {
        var overrides = bean(PolicyOverrides.class);
        for (int round = 0; round < ROUNDS; round++) {
            String name = fresh();
            List<String> put = atOnce(CALLERS, () -> {
                String value = fresh();
                overrides.put(name, Optional.of(value));
                return value;
            });
            assertThat(put).contains(overrides.all().get(name));
        }
    }

    @Test
    void aBudgetSetByManyAtOnceKeepsOneOfThem() throws Exception {
        var budgets = bean(Budgets.class);
        for (int round = 0; round < ROUNDS; round++) {
            String user = UUID.randomUUID().toString();
            List<Long> set = atOnce(CALLERS, () -> {
                long tokens = 1000 + (Thread.currentThread().getId() % 1000);
                budgets.set(user, new Budget(OptionalLong.of(tokens), OptionalDouble.empty(), true));
                return tokens;
            });
            assertThat(set).contains(budgets.of(user).orElseThrow().tokens().getAsLong());
        }
    }

    @Test
    void aConversationsTemperatureSetByManyAtOnceKeepsOneOfThem() throws Exception {
        var temperatures = bean(ConversationTemperatures.class);
        for (int round = 0; round < ROUNDS; round++) {
            String id = UUID.randomUUID().toString();
            sql("INSERT INTO conversation (id, user_id, title, persona, created, updated) VALUES ('" + id
                    + "', 'u', 't', 'assistant', now(), now())");
            List<Double> set = atOnce(CALLERS, () -> {
                double t = (Thread.currentThread().getId() % 20) / 10.0;
                temperatures.setTemperature(id, OptionalDouble.of(t));
                return t;
            });
            assertThat(set).contains(temperatures.temperatureOf(id).getAsDouble());
        }
    }
}
