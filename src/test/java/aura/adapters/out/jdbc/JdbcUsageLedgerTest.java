package aura.adapters.out.jdbc;

import aura.application.policy.port.Budgets;
import aura.application.policy.port.PinnedTiers;
import aura.application.policy.port.UsageLedger;
import aura.domain.policy.Budget;
import aura.domain.policy.Tier;
import aura.domain.policy.Usage;
import aura.domain.policy.UsageTotal;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Policies on the real Postgres: usage summed per person, model and node from a moment on; budgets; pinned tiers. */
class JdbcUsageLedgerTest extends OnPostgres {
    UsageLedger ledger() {
        return bean(UsageLedger.class);
    }

    Budgets budgets() {
        return bean(Budgets.class);
    }

    @Test
    void usageIsSummedPerPersonModelAndNodeFromTheStartOfThePeriodOn() {
        String ann = UUID.randomUUID().toString();
        String bob = UUID.randomUUID().toString();
        ledger().record(new Usage(ann, "llama3", "gpu", 10, 100, minutesAfterT0(-1))); // before the period
        ledger().record(new Usage(ann, "llama3", "gpu", 12, 30, minutesAfterT0(1)));
        ledger().record(new Usage(ann, "llama3", "gpu", 8, 20, minutesAfterT0(2)));
        ledger().record(new Usage(ann, "llama3", "laptop", 5, 5, minutesAfterT0(3)));
        ledger().record(new Usage(bob, "qwen", "gpu", 1, 2, minutesAfterT0(4)));

        assertThat(ledger().totals(T0, Optional.of(ann))).containsExactly(
                new UsageTotal(ann, "llama3", "gpu", 20, 50, 2), new UsageTotal(ann, "llama3", "laptop", 5, 5, 1));
        assertThat(ledger().totals(T0, Optional.empty()))
                .contains(new UsageTotal(bob, "qwen", "gpu", 1, 2, 1), new UsageTotal(ann, "llama3", "gpu", 20, 50, 2));
        assertThat(ledger().totals(minutesAfterT0(10), Optional.of(ann))).isEmpty();
    }

    @Test
    void anOverlongModelNameIsStillCharged() {
        String ann = UUID.randomUUID().toString();
        ledger().record(new Usage(ann, "m".repeat(300), "gpu", 1, 1, T0));
        assertThat(ledger().totals(T0, Optional.of(ann))).singleElement()
                .satisfies(t -> assertThat(t.model()).hasSize(200));
    }

    @Test
    void aPersonsBudgetIsKeptReplacedAndCleared() {
        String ann = UUID.randomUUID().toString();
        assertThat(budgets().of(ann)).isEmpty();
        var tokens = new Budget(OptionalLong.of(5000), OptionalDouble.empty(), true);
        budgets().set(ann, tokens);
        assertThat(budgets().of(ann)).contains(tokens);
        var dollars = new Budget(OptionalLong.empty(), OptionalDouble.of(0.5), false);
        budgets().set(ann, dollars);
        assertThat(budgets().of(ann)).contains(dollars);
        assertThat(budgets().clear(ann)).isTrue();
        assertThat(budgets().clear(ann)).isFalse();
        assertThat(budgets().of(ann)).isEmpty();
    }

    @Test
    void aConversationsPinnedTierIsKeptReplacedRemovedAndGoesWithTheConversation() {
        PinnedTiers pins = bean(PinnedTiers.class);
        String id = UUID.randomUUID().toString();
        sql("INSERT INTO conversation (id, user_id, title, persona, created, updated) VALUES ('" + id
                + "', 'ann', 't', 'default', now(), now())");
        assertThat(pins.tierOf(id)).isEmpty();
        pins.pin(id, Optional.of(Tier.STRATEGIC));
        pins.pin(id, Optional.of(Tier.EXECUTION));
        assertThat(pins.tierOf(id)).contains(Tier.EXECUTION);
        pins.pin(id, Optional.empty());
        assertThat(pins.tierOf(id)).isEmpty();
        pins.pin(id, Optional.of(Tier.STRATEGIC));
        sql("DELETE FROM conversation WHERE id = '" + id + "'");
        assertThat(pins.tierOf(id)).isEmpty();
    }

    @Test
    void aConversationsTemperatureIsKeptReplacedRemovedAndGoesWithTheConversation() {
        var temperatures = bean(aura.application.chat.port.ConversationTemperatures.class);
        String id = UUID.randomUUID().toString();
        sql("INSERT INTO conversation (id, user_id, title, persona, created, updated) VALUES ('" + id
                + "', 'ann', 't', 'default', now(), now())");
        assertThat(temperatures.temperatureOf(id)).isEmpty();
        temperatures.setTemperature(id, OptionalDouble.of(0.7));
        temperatures.setTemperature(id, OptionalDouble.of(0));
        assertThat(temperatures.temperatureOf(id)).hasValue(0);
        temperatures.setTemperature(id, OptionalDouble.empty());
        assertThat(temperatures.temperatureOf(id)).isEmpty();
        temperatures.setTemperature(id, OptionalDouble.of(1.5));
        sql("DELETE FROM conversation WHERE id = '" + id + "'");
        assertThat(temperatures.temperatureOf(id)).isEmpty();
    }
}
