package aura.application.policy;

import aura.application.routing.LiveNodes;
import aura.domain.mesh.Heartbeat;
import aura.domain.node.GpuInventory;
import aura.domain.node.Role;
import aura.domain.policy.Budget;
import aura.domain.policy.BudgetSpent;
import aura.domain.policy.PriceList;
import aura.domain.policy.Tier;
import aura.domain.policy.Usage;
import aura.domain.problem.InvalidInput;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which model a request goes to: the one it names, a pinned tier's, its scored tier's, or the budget's. */
class AdmitGenerationTest {
    static final String SMALL = "small:1b";
    static final String BIG = "big:70b";
    static final String CHORE = "List my notes";
    static final String ANALYSIS = "Analyse our strategy for the next year and explain why it should change";
    /** Scores in the middle (4–7): one strategic word, short. */
    static final String MIDDLING = "Compare these two offers";

    final LiveNodes mesh = new LiveNodes();
    final Tiers tiers = new Tiers(Optional.of(SMALL), Optional.of(BIG), 0.8);

    AdmitGeneration admit(Tiers tiers, Budget budget, InMemoryPolicies[] kept) {
        var policies = new InMemoryPolicies(new PolicySettings(PriceList.NONE, budget, tiers), mesh, Clock.systemUTC());
        if (kept != null) kept[0] = policies;
        return policies.admit();
    }

    AdmitGeneration.Admission ask(Optional<String> model, String text, Optional<Tier> pinned) {
        return admit(tiers, Budget.NONE, null).admit(new AdmitGeneration.Request("ann", model, text, pinned));
    }

    void bigServedBy(int active, double cpu) {
        mesh.publish(new Heartbeat("gpu", Role.COMPUTE, "127.0.0.1", 4000, cpu, GpuInventory.none(), "1",
                LiveNodes.CLOCK.instant(), List.of(LiveNodes.measured(BIG, 50)), active, 0));
    }

    @Test
    void aNamedModelIsKeptWhateverTheScore() {
        var a = ask(Optional.of("qwen"), ANALYSIS, Optional.empty());
        assertThat(a.model()).isEqualTo("qwen");
        assertThat(a.source()).isEqualTo(AdmitGeneration.Source.ASKED);
        assertThat(a.score().value()).isGreaterThanOrEqualTo(8);
    }

    @Test
    void withoutAModelAChoreGoesToTheExecutionTierAndAnAnalysisToTheStrategicOne() {
        bigServedBy(0, 0.1);
        var chore = ask(Optional.empty(), CHORE, Optional.empty());
        assertThat(chore.model()).isEqualTo(SMALL);
        assertThat(chore.tier()).contains(Tier.EXECUTION);
        assertThat(chore.source()).isEqualTo(AdmitGeneration.Source.SCORED);
        assertThat(ask(Optional.empty(), ANALYSIS, Optional.empty()).model()).isEqualTo(BIG);
    }

    @Test
    void aMiddlingRequestGoesStrategicOnlyWhileANodeServingThatModelIsFree() {
        assertThat(new aura.domain.policy.ComplexityScorer().score(MIDDLING).value()).isBetween(4, 7);
        bigServedBy(0, 0.1);
        assertThat(ask(Optional.empty(), MIDDLING, Optional.empty()).model()).isEqualTo(BIG);
        bigServedBy(2, 0.1);
        assertThat(ask(Optional.empty(), MIDDLING, Optional.empty()).model()).isEqualTo(SMALL);
        bigServedBy(0, 0.95);
        assertThat(ask(Optional.empty(), MIDDLING, Optional.empty()).model()).isEqualTo(SMALL);
        assertThat(ask(Optional.empty(), ANALYSIS, Optional.empty()).model()).as("8-10 whatever the load").isEqualTo(BIG);
    }

    @Test
    void aPinnedTierWinsOverTheScore() {
        var a = ask(Optional.empty(), ANALYSIS, Optional.of(Tier.EXECUTION));
        assertThat(a.model()).isEqualTo(SMALL);
        assertThat(a.source()).isEqualTo(AdmitGeneration.Source.PINNED);
    }

    @Test
    void withoutAModelOrAnyTiersModelTheRequestIsA400NamingModel() {
        var none = admit(Tiers.NONE, Budget.NONE, null);
        assertThatThrownBy(() -> none.admit(new AdmitGeneration.Request("ann", Optional.empty(), CHORE, Optional.empty())))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("choose a model");
        var onlyBig = admit(new Tiers(Optional.empty(), Optional.of(BIG), 0.8), Budget.NONE, null);
        assertThat(onlyBig.admit(new AdmitGeneration.Request("ann", Optional.empty(), CHORE, Optional.empty())).model())
                .as("one tier's model serves every request").isEqualTo(BIG);
    }

    @Test
    void aSpentBudgetSendsEvenANamedModelToTheExecutionTierAndACappedOneRefuses() {
        var kept = new InMemoryPolicies[1];
        var soft = admit(tiers, new Budget(OptionalLong.of(100), OptionalDouble.empty(), false), kept);
        kept[0].record(new Usage("ann", BIG, "gpu", 50, 60, java.time.Instant.now()));
        var a = soft.admit(new AdmitGeneration.Request("ann", Optional.of(BIG), ANALYSIS, Optional.empty()));
        assertThat(a.model()).isEqualTo(SMALL);
        assertThat(a.downgraded()).isTrue();
        assertThat(a.source()).isEqualTo(AdmitGeneration.Source.BUDGET);

        var hard = admit(tiers, new Budget(OptionalLong.of(100), OptionalDouble.empty(), true), kept);
        kept[0].record(new Usage("ann", BIG, "gpu", 50, 60, java.time.Instant.now()));
        assertThatThrownBy(() -> hard.admit(new AdmitGeneration.Request("ann", Optional.of(BIG), CHORE, Optional.empty())))
                .isInstanceOf(BudgetSpent.class);
    }
}
