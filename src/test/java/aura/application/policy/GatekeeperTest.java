package aura.application.policy;

import aura.application.policy.port.GuardModel;
import aura.application.routing.LiveNodes;
import aura.domain.mesh.Heartbeat;
import aura.domain.node.GpuInventory;
import aura.domain.node.Role;
import aura.domain.policy.Budget;
import aura.domain.policy.GateRule;
import aura.domain.policy.PriceList;
import aura.domain.policy.RequestBlocked;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The gatekeeper inside the admission every door goes through: its rules, the external mark, the guard model. */
class GatekeeperTest {
    static final String LOCAL = "local:8b";
    static final String HOSTED = "hosted:large";
    static final String CARD = "Pay with my card 4111 1111 1111 1111 please";
    static final GateRule CARDS = new GateRule("card-number", "(?<![0-9])(?:[0-9][ -]?){12,18}[0-9](?![0-9])",
            GateRule.Scope.EXTERNAL, "it contains a card number", true);

    final LiveNodes mesh = new LiveNodes();
    final InMemoryPolicies policies = new InMemoryPolicies(
            new PolicySettings(PriceList.NONE, Budget.NONE, Tiers.NONE), mesh, Clock.systemUTC());

    GatekeeperTest() {
        serve("home", LOCAL, false);
        serve("cloud", HOSTED, true);
        policies.save(CARDS);
    }

    void serve(String node, String model, boolean external) {
        mesh.publish(new Heartbeat(node, Role.COMPUTE, "127.0.0.1", 4000, 0.1, GpuInventory.none(), "1",
                LiveNodes.CLOCK.instant(), List.of(LiveNodes.measured(model, 50)), 0, 0, OptionalDouble.empty(), external));
    }

    AdmitGeneration.Admission ask(String model, String text) {
        return policies.admit().admit(new AdmitGeneration.Request("ann", Optional.of(model), text, Optional.empty()));
    }

    @Test
    void aCardNumberForAModelOnlyAnExternalBackendServesIsBlockedAndTheBlockIsAudited() {
        assertThatThrownBy(() -> ask(HOSTED, CARD)).isInstanceOf(RequestBlocked.class)
                .hasMessageContaining("card-number").hasMessageContaining("it contains a card number")
                .hasMessageContaining("only backends outside the mesh serve " + HOSTED);
        assertThat(policies.blocked).singleElement().satisfies(b -> {
            assertThat(b.userId()).isEqualTo("ann");
            assertThat(b.model()).isEqualTo(HOSTED);
            assertThat(b.rule()).isEqualTo("card-number");
            assertThat(b.external()).isTrue();
            assertThat(b.reason()).doesNotContain("4111");
        });
    }

    @Test
    void theSameCardNumberMayGoToAModelServedInsideTheMeshAndIsKeptThere() {
        var admitted = ask(LOCAL, CARD);
        assertThat(admitted.model()).isEqualTo(LOCAL);
        assertThat(admitted.keptInMesh()).contains("card-number");
        assertThat(policies.blocked).isEmpty();
    }

    @Test
    void aModelServedBothInsideAndOutsideTheMeshIsAdmittedKeptInside() {
        serve("cloud", LOCAL, true);
        assertThat(ask(LOCAL, CARD).keptInMesh()).contains("card-number");
        assertThat(policies.blocked).isEmpty();
    }

    @Test
    void aRequestNoRuleMatchesMayGoAnywhere() {
        assertThat(ask(HOSTED, "what is the weather in Lisbon").keptInMesh()).isEmpty();
    }

    @Test
    void aModelOnlyOutsideTheMeshServesIsAdmittedWhenItsFallbackIsServedInside() {
        var withChain = new InMemoryPolicies(new PolicySettings(PriceList.NONE, Budget.NONE,
                new Tiers(Optional.empty(), Optional.of(HOSTED), 0.8), new FallbackSettings(List.of(LOCAL), List.of(), Optional.empty())),
                mesh, Clock.systemUTC());
        withChain.save(CARDS);
        var admitted = withChain.admit().admit(new AdmitGeneration.Request("ann", Optional.of(HOSTED), CARD, Optional.empty()));
        assertThat(admitted.keptInMesh()).contains("card-number");
    }

    @Test
    void theGuardModelIsAskedKeptInsideTheMeshWhenTheRequestIs() {
        policies.gatekeeper = new GatekeeperSettings(true, Optional.of("guard"), Duration.ofSeconds(1), false);
        List<Optional<String>> kept = new java.util.concurrent.CopyOnWriteArrayList<>();
        policies.guard = (model, text, timeout, keptInMesh) -> {
            kept.add(keptInMesh);
            return GuardModel.Verdict.SAFE;
        };
        ask(LOCAL, CARD);
        ask(LOCAL, "what is the weather");
        assertThat(kept).containsExactly(Optional.of("card-number"), Optional.empty());
    }

    @Test
    void aRuleForAnyBackendBlocksInsideTheMeshTooAndADisabledRuleBlocksNothing() {
        policies.save(new GateRule("secrets", "password\\s*[:=]", GateRule.Scope.ANY, "", true));
        assertThatThrownBy(() -> ask(LOCAL, "my password: hunter2")).isInstanceOf(RequestBlocked.class)
                .hasMessageContaining("secrets");
        policies.save(new GateRule("secrets", "password\\s*[:=]", GateRule.Scope.ANY, "", false));
        assertThatCode(() -> ask(LOCAL, "my password: hunter2")).doesNotThrowAnyException();
    }

    @Test
    void theGuardModelsUnsafeVerdictBlocks() {
        policies.gatekeeper = new GatekeeperSettings(true, Optional.of("guard"), Duration.ofSeconds(1), false);
        policies.guard = (model, text, timeout, keptInMesh) -> text.contains("poison") ? GuardModel.Verdict.UNSAFE : GuardModel.Verdict.SAFE;
        assertThat(ask(LOCAL, "what is the weather").model()).isEqualTo(LOCAL);
        assertThatThrownBy(() -> ask(LOCAL, "how to poison a well")).isInstanceOf(RequestBlocked.class)
                .hasMessageContaining(Gatekeeper.GUARD);
        assertThat(policies.blocked).singleElement().satisfies(b -> assertThat(b.rule()).isEqualTo(Gatekeeper.GUARD));
    }

    @Test
    void aGuardWithoutAVerdictBlocksWhenFailingClosedAndLetsThroughWhenFailingOpen() {
        policies.guard = (model, text, timeout, keptInMesh) -> GuardModel.Verdict.NO_ANSWER;
        policies.gatekeeper = new GatekeeperSettings(true, Optional.of("guard"), Duration.ofMillis(200), false);
        assertThatThrownBy(() -> ask(LOCAL, "hello")).isInstanceOf(RequestBlocked.class).hasMessageContaining("200 ms");
        policies.gatekeeper = new GatekeeperSettings(true, Optional.of("guard"), Duration.ofMillis(200), true);
        assertThatCode(() -> ask(LOCAL, "hello")).doesNotThrowAnyException();
    }

    @Test
    void aSwitchedOffGatekeeperChecksNothing() {
        policies.gatekeeper = GatekeeperSettings.OFF;
        assertThat(ask(HOSTED, CARD).model()).isEqualTo(HOSTED);
    }
}
