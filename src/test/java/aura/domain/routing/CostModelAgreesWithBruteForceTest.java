package aura.domain.routing;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.OptionalInt;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The cost formula of issue 6, written out again here from its words, agrees with {@link CostModel}; a node that
 * publishes its drain time (issue 10) waits that long, stretched by its CPU load, instead of a generation's time
 * per generation it holds, and this node's dispatches it does not show yet still count a generation each.
 */
class CostModelAgreesWithBruteForceTest {
    private static final List<String> MODELS = List.of("llama3.1", "mistral", "qwen2.5-coder");

    /** Expected seconds as the issue states it, with the standard priors spelled out as numbers. */
    static double reference(NodeSnapshot node, RouteRequest request, double outputTokens, int recent) {
        ModelStats stats = node.models().get(request.model());
        double perToken;
        if (stats != null && stats.samples() > 0 && stats.tokensPerSecond() > 0) {
            perToken = 1 / stats.tokensPerSecond();
        } else {
            perToken = node.gpu() ? 1 / 40.0 : 1 / 6.0;
        }
        double promptAsOutput = request.promptTokens() / (node.gpu() ? 50.0 : 8.0);
        double oneGeneration = (outputTokens + promptAsOutput) * perToken * (1 + node.cpuLoad());
        double waiting = 0;
        int generationsAhead = node.drainSeconds().isPresent() ? recent : node.queuedGenerations() + node.activeGenerations() + recent;
        for (int i = 0; i < generationsAhead; i++) waiting += oneGeneration;
        if (node.drainSeconds().isPresent()) waiting = (waiting + node.drainSeconds().getAsDouble() * (1 + node.cpuLoad())) * 1.5;
        double network = node.rtt().toMillis() / 1000.0;
        double load = stats != null && stats.loaded() ? 0 : 1 + 0.5 * 8;
        return oneGeneration + waiting + network + load;
    }

    @Test
    void estimatesMatchTheReferenceOnRandomSnapshots() {
        CostModel model = new CostModel(ThroughputPriors.standard());
        SplittableRandom rng = new SplittableRandom(6);
        for (int i = 0; i < 20_000; i++) {
            NodeSnapshot node = Nodes.random(rng, "n" + i, MODELS);
            RouteRequest request = new RouteRequest(MODELS.get(rng.nextInt(MODELS.size())),
                    rng.nextBoolean() ? OptionalInt.of(1 + rng.nextInt(4096)) : OptionalInt.empty(), rng.nextInt(8000));
            double tokens = rng.nextDouble(0, 2000);
            int recent = rng.nextInt(5);

            Estimate estimate = model.estimate(node, request, tokens, recent);

            double expected = reference(node, request, tokens, recent);
            assertThat(estimate.seconds()).as("node %s", node).isCloseTo(expected, within(1e-9 * Math.max(1, expected)));
            assertThat(estimate.generationSeconds() + estimate.queueSeconds() + estimate.networkSeconds()
                    + estimate.loadSeconds()).isCloseTo(estimate.seconds(), within(1e-9 * Math.max(1, expected)));
            assertThat(estimate.node()).isEqualTo(node.node());
        }
    }
}
