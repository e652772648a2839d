package aura.domain.routing;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RouterTest {
    private final Router router = new Router();
    private final ExpectedLength lengths = new ExpectedLength();
    private final RouteRequest request = RouteRequest.of(Nodes.MODEL);

    @Test
    void aNodeLackingTheModelOrUnreachableIsNeverChosenAndSaysWhy() {
        SplittableRandom rng = new SplittableRandom(1);
        List<String> models = List.of(Nodes.MODEL, "mistral");
        for (int i = 0; i < 3_000; i++) {
            List<NodeSnapshot> nodes = new ArrayList<>();
            for (int n = 0; n < 1 + rng.nextInt(8); n++) nodes.add(Nodes.random(rng, "n" + n, models));

            RoutingDecision decision = router.decide(request, nodes, lengths, Map.of());

            for (NodeSnapshot node : nodes) {
                boolean candidate = node.reachable() && node.models().containsKey(Nodes.MODEL);
                assertThat(decision.candidates().stream().anyMatch(c -> c.node().equals(node.node()))).isEqualTo(candidate);
                if (!node.reachable()) assertThat(decision.excluded()).contains(node.node() + ": unreachable");
                else if (!candidate) assertThat(decision.excluded()).contains(node.node() + ": lacks model " + Nodes.MODEL);
            }
            assertThat(decision.chosen().isPresent()).isEqualTo(!decision.candidates().isEmpty());
            decision.chosen().ifPresent(c -> assertThat(decision.candidates().get(0).node()).isEqualTo(c));
        }
    }

    @Test
    void withNoCandidateNothingIsChosenAndEveryNodeIsExplained() {
        List<NodeSnapshot> nodes = List.of(Nodes.node("a").build(), Nodes.node("b").measured(40).unreachable().build());

        RoutingDecision decision = router.decide(request, nodes, lengths, Map.of());

        assertThat(decision.chosen()).isEmpty();
        assertThat(decision.candidates()).isEmpty();
        assertThat(decision.excluded()).containsExactly("a: lacks model llama3.1", "b: unreachable");
    }

    @Test
    void aDrainedNodeIsSkippedWhileAnotherServesTheModel() {
        List<NodeSnapshot> nodes = List.of(Nodes.node("fast").gpu().measured(80).drainedBy("memory_exhausted").build(),
                Nodes.node("slow").measured(6).build());

        RoutingDecision decision = router.decide(request, nodes, lengths, Map.of());

        assertThat(decision.chosen()).contains("slow");
        assertThat(decision.candidates()).extracting(Candidate::node).containsExactly("slow");
        assertThat(decision.excluded()).containsExactly("fast: drained: memory_exhausted");
    }

    @Test
    void whenEveryNodeWithTheModelIsDrainedTheyAreTheLastResortAndTheDecisionSaysSo() {
        List<NodeSnapshot> nodes = List.of(Nodes.node("solo").measured(6).drainedBy("failure_risk").build(),
                Nodes.node("other").gpu().build());

        RoutingDecision decision = router.decide(request, nodes, lengths, Map.of());

        assertThat(decision.chosen()).contains("solo");
        assertThat(decision.excluded()).containsExactly("other: lacks model llama3.1",
                "solo: drained: failure_risk (routed to anyway: no other node serves it)");
    }

    @Test
    void theFastestIdleNodeIsChosen() {
        SplittableRandom rng = new SplittableRandom(2);
        for (int i = 0; i < 2_000; i++) {
            List<NodeSnapshot> nodes = new ArrayList<>();
            double speed = rng.nextDouble(2, 20);
            double fastest = 0;
            String fastestName = null;
            for (int n = 0; n < 2 + rng.nextInt(9); n++) {
                speed *= 1.06 + rng.nextDouble(); // every node at least 6 % faster than the last: no near-ties
                nodes.add(Nodes.node("n" + n).measured(speed).build());
                fastest = speed;
                fastestName = "n" + n;
            }
            java.util.Collections.shuffle(nodes, new java.util.Random(i));

            RoutingDecision decision = router.decide(request, nodes, lengths, Map.of());

            assertThat(decision.chosen()).contains(fastestName);
            assertThat(decision.candidates().get(0).estimate().tokensPerSecond()).isEqualTo(fastest);
        }
    }

    @Test
    void candidatesAreSortedBestFirstAndEveryLoserSaysWhy() {
        List<NodeSnapshot> nodes = List.of(
                Nodes.node("busy").gpu().measured(40).queued(2).build(),
                Nodes.node("cold").gpu().model(Nodes.MODEL, 40, 9, false).build(),
                Nodes.node("far").gpu().measured(40).rttMillis(900).build(),
                Nodes.node("cpu").measured(6).build(),
                Nodes.node("best").gpu().measured(40).build());
        RouteRequest shortAnswer = new RouteRequest(Nodes.MODEL, OptionalInt.of(40), 0);

        RoutingDecision decision = router.decide(shortAnswer, nodes, lengths, Map.of());

        assertThat(decision.chosen()).contains("best");
        assertThat(decision.candidates()).extracting(Candidate::node).containsExactly("best", "far", "busy", "cold", "cpu");
        assertThat(decision.candidates().get(0).reasonLost()).isNull();
        Map<String, String> reasons = new HashMap<>();
        decision.candidates().forEach(c -> reasons.put(c.node(), c.reasonLost()));
        assertThat(reasons.get("far")).isEqualTo("slower: 1.90 s vs 1.00 s; farther: rtt 900 ms vs 0 ms");
        assertThat(reasons.get("busy")).isEqualTo("slower: 3.00 s vs 1.00 s; busy: 2 generations ahead (0 active, 2 queued, 0 just sent)");
        assertThat(reasons.get("cold")).isEqualTo("slower: 6.00 s vs 1.00 s; model not loaded (+5.00 s to load)");
        assertThat(reasons.get("cpu")).isEqualTo("slower: 6.67 s vs 1.00 s; slower generation: 6.0 tok/s vs 40.0 tok/s");
    }

    @Test
    void successiveDecisionsOverEqualNodesSpreadAcrossAllOfThem() {
        List<NodeSnapshot> nodes = List.of(Nodes.node("a").measured(30).build(), Nodes.node("b").measured(30).build(),
                Nodes.node("c").measured(30).build(), Nodes.node("d").measured(30).build());
        Map<String, Integer> recent = new HashMap<>();

        for (int i = 0; i < 12; i++) {
            String chosen = router.decide(request, nodes, lengths, recent).chosen().orElseThrow();
            recent.merge(chosen, 1, Integer::sum);
        }

        assertThat(recent).containsOnlyKeys("a", "b", "c", "d").allSatisfy((node, count) -> assertThat(count).isEqualTo(3));
    }

    @Test
    void nearTiesTakeTurnsEvenWhenTheSnapshotsDoNotChange() {
        List<NodeSnapshot> nodes = List.of(Nodes.node("a").measured(30).build(), Nodes.node("b").measured(30.5).build(),
                Nodes.node("c").measured(29.5).build(), Nodes.node("slow").measured(20).build());
        Map<String, Integer> chosen = new HashMap<>();

        for (int i = 0; i < 30; i++) chosen.merge(router.decide(request, nodes, lengths, Map.of()).chosen().orElseThrow(), 1, Integer::sum);

        assertThat(chosen).containsOnlyKeys("a", "b", "c").allSatisfy((node, count) -> assertThat(count).isEqualTo(10));
        RoutingDecision decision = router.decide(request, nodes, lengths, Map.of());
        assertThat(decision.candidates().get(1).reasonLost()).startsWith("near-tie: ").contains("took turns with");
    }

    @Test
    void aNearTiePrefersTheLessBusyNode() {
        List<NodeSnapshot> nodes = List.of(Nodes.node("a").measured(60).active(1).build(), Nodes.node("b").measured(30.5).build());
        // a: 2 generations of 256/60 s = 8.53 s; b: 256/30.5 = 8.39 s; within 5 %: b is less busy.
        RoutingDecision decision = router.decide(request, nodes, lengths, Map.of());

        assertThat(decision.chosen()).contains("b");
        assertThat(decision.candidates().get(1).reasonLost()).isEqualTo(
                "near-tie: 8.53 s vs 8.39 s; spread to the less busy b (0 vs 1 generations ahead)");
    }

    @Test
    void aBurstOverThreeNodesDistributesInProportionToSpeed() {
        List<NodeSnapshot> nodes = List.of(Nodes.node("fast").gpu().measured(60).build(),
                Nodes.node("mid").gpu().measured(30).build(), Nodes.node("slow").measured(10).build());
        Map<String, Integer> recent = new HashMap<>();

        for (int i = 0; i < 100; i++) {
            String chosen = router.decide(request, nodes, lengths, recent).chosen().orElseThrow();
            recent.merge(chosen, 1, Integer::sum);
        }

        assertThat((double) recent.get("fast")).isCloseTo(60, within(2.0));
        assertThat((double) recent.get("mid")).isCloseTo(30, within(2.0));
        assertThat((double) recent.get("slow")).isCloseTo(10, within(2.0));
    }

    @Test
    void theLoadedNodeWinsByTheLoadTimeItSaves() {
        List<NodeSnapshot> nodes = List.of(Nodes.node("cold").gpu().model(Nodes.MODEL, 50, 3, false).build(),
                Nodes.node("warm").gpu().model(Nodes.MODEL, 40, 3, true).build());

        RoutingDecision decision = router.decide(request, nodes, lengths, Map.of());

        assertThat(decision.chosen()).contains("warm");
        double gap = decision.candidates().get(1).estimate().seconds() - decision.candidates().get(0).estimate().seconds();
        assertThat(gap).isCloseTo(5.0 + 256 / 50.0 - 256 / 40.0, within(1e-9));
    }

    @Test
    void theExpectedLengthComesFromTheRecordedAnswers() {
        ExpectedLength learned = new ExpectedLength();
        for (int i = 0; i < 50; i++) learned.record(Nodes.MODEL, 40);
        List<NodeSnapshot> nodes = List.of(Nodes.node("a").measured(20).build());

        Estimate estimate = router.decide(request, nodes, learned, Map.of()).candidates().get(0).estimate();

        assertThat(estimate.generationSeconds()).isCloseTo(2.0, within(1e-9));
    }
}
