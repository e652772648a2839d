package aura.domain.routing;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class CostModelTest {
    private final CostModel costModel = new CostModel();
    private final RouteRequest request = RouteRequest.of(Nodes.MODEL);

    @Test
    void aMeasuredSpeedReplacesThePrior() {
        Estimate estimate = costModel.estimate(Nodes.node("a").measured(20).build(), request, 100, 0);

        assertThat(estimate.tokensPerSecond()).isEqualTo(20);
        assertThat(estimate.measured()).isTrue();
        assertThat(estimate.generationSeconds()).isCloseTo(5.0, within(1e-12));
        assertThat(estimate.seconds()).isCloseTo(5.0, within(1e-12));
    }

    @Test
    void anUnmeasuredModelUsesTheGpuOrCpuPrior() {
        NodeSnapshot gpu = Nodes.node("g").gpu().model(Nodes.MODEL, 0, 0, true).build();
        NodeSnapshot cpu = Nodes.node("c").model(Nodes.MODEL, 99, 0, true).build();

        assertThat(costModel.estimate(gpu, request, 400, 0).tokensPerSecond()).isEqualTo(40);
        assertThat(costModel.estimate(cpu, request, 400, 0).tokensPerSecond()).isEqualTo(6);
        assertThat(costModel.estimate(cpu, request, 400, 0).measured()).isFalse();
    }

    @Test
    void queuedActiveAndRecentGenerationsEachCostOneMoreGeneration() {
        NodeSnapshot node = Nodes.node("a").measured(10).active(1).queued(2).build();

        Estimate estimate = costModel.estimate(node, request, 100, 1);

        assertThat(estimate.generationSeconds()).isCloseTo(10, within(1e-12));
        assertThat(estimate.queueSeconds()).isCloseTo(40, within(1e-12));
    }

    @Test
    void aPublishedDrainTimeReplacesTheCountsAndOwnDispatchesSinceStillCountOneGenerationEachWeighedAsWorkAhead() {
        NodeSnapshot node = Nodes.node("a").measured(10).active(1).queued(5).drainSeconds(12).build();

        Estimate estimate = costModel.estimate(node, request, 100, 1);

        assertThat(estimate.queueSeconds()).isCloseTo((12 + 10) * 1.5, within(1e-12));
    }

    @Test
    void cpuLoadStretchesGenerationAndRttIsCountedOnce() {
        NodeSnapshot node = Nodes.node("a").measured(10).cpuLoad(0.5).rttMillis(80).build();

        Estimate estimate = costModel.estimate(node, request, 100, 0);

        assertThat(estimate.generationSeconds()).isCloseTo(15, within(1e-12));
        assertThat(estimate.networkSeconds()).isCloseTo(0.08, within(1e-12));
    }

    @Test
    void anUnloadedModelCostsItsLoadTime() {
        NodeSnapshot loaded = Nodes.node("a").model(Nodes.MODEL, 30, 5, true).build();
        NodeSnapshot unloaded = Nodes.node("b").model(Nodes.MODEL, 30, 5, false).build();

        double saved = costModel.estimate(unloaded, request, 100, 0).seconds() - costModel.estimate(loaded, request, 100, 0).seconds();

        assertThat(saved).isCloseTo(5.0, within(1e-12));
    }

    @Test
    void addingLoadOfAnyKindNeverMakesANodeCheaper() {
        SplittableRandom rng = new SplittableRandom(11);
        List<UnaryOperator<NodeSnapshot>> moreLoad = List.of(
                n -> copy(n, Math.min(1, n.cpuLoad() + 0.3), n.activeGenerations(), n.queuedGenerations(), n.rtt(), n.models()),
                n -> copy(n, n.cpuLoad(), n.activeGenerations() + 1, n.queuedGenerations(), n.rtt(), n.models()),
                n -> copy(n, n.cpuLoad(), n.activeGenerations(), n.queuedGenerations() + 2, n.rtt(), n.models()),
                n -> copy(n, n.cpuLoad(), n.activeGenerations(), n.queuedGenerations(), n.rtt().plusMillis(50), n.models()),
                n -> copy(n, n.cpuLoad(), n.activeGenerations(), n.queuedGenerations(), n.rtt(), unloaded(n.models())),
                n -> copy(n, n.cpuLoad(), n.activeGenerations(), n.queuedGenerations(), n.rtt(), slower(n.models())),
                n -> n.drainSeconds().isEmpty() ? n : new NodeSnapshot(n.node(), n.gpu(), n.cpuLoad(), n.activeGenerations(),
                        n.queuedGenerations(), n.models(), n.rtt(), n.reachable(), java.util.OptionalDouble.of(n.drainSeconds().getAsDouble() + 3)));
        for (int i = 0; i < 5_000; i++) {
            NodeSnapshot node = Nodes.random(rng, "n", List.of(Nodes.MODEL));
            double tokens = rng.nextDouble(1, 1500);
            int recent = rng.nextInt(3);
            double before = costModel.estimate(node, request, tokens, recent).seconds();
            for (UnaryOperator<NodeSnapshot> add : moreLoad) {
                assertThat(costModel.estimate(add.apply(node), request, tokens, recent).seconds()).isGreaterThanOrEqualTo(before);
            }
            assertThat(costModel.estimate(node, request, tokens, recent + 1).seconds()).isGreaterThanOrEqualTo(before);
            assertThat(costModel.estimate(node, request, tokens + 10, recent).seconds()).isGreaterThanOrEqualTo(before);
        }
    }

    @Test
    void rejectsANegativeOrNonFiniteLength() {
        NodeSnapshot node = Nodes.node("a").measured(10).build();
        assertThatThrownBy(() -> costModel.estimate(node, request, -1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> costModel.estimate(node, request, Double.NaN, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static NodeSnapshot copy(NodeSnapshot n, double cpu, int active, int queued, Duration rtt, Map<String, ModelStats> models) {
        return new NodeSnapshot(n.node(), n.gpu(), cpu, active, queued, models, rtt, n.reachable(), n.drainSeconds());
    }

    private static Map<String, ModelStats> unloaded(Map<String, ModelStats> models) {
        Map<String, ModelStats> out = new HashMap<>();
        models.forEach((k, v) -> out.put(k, new ModelStats(k, v.tokensPerSecond(), v.samples(), false)));
        return out;
    }

    /** Halves measured speeds (an unmeasured model stays on its prior). */
    private static Map<String, ModelStats> slower(Map<String, ModelStats> models) {
        Map<String, ModelStats> out = new HashMap<>();
        models.forEach((k, v) -> out.put(k, v.measured() ? new ModelStats(k, v.tokensPerSecond() / 2, v.samples(), v.loaded()) : v));
        return out;
    }
}
