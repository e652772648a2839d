package aura.domain.routing;

/**
 * Expected seconds until the last token of an answer from a node reaches the deciding node (DESIGN.md, the seed's
 * model with every constant measured):
 *
 * <pre>
 * tokensPerSecond   = the node's measured moving average for the model, else {@link ThroughputPriors}
 * generationSeconds = (outputTokens + promptTokens / prefillSpeedup) / tokensPerSecond × (1 + cpuLoad)
 * queueSeconds      = (drainSeconds × (1 + cpuLoad) + recentDispatches × generationSeconds) × {@value #WORK_AHEAD_WEIGHT}
 *                                                                                        (a node that publishes its drain)
 *                   = (queued + active + recentDispatches) × generationSeconds             (one that publishes counts only)
 * networkSeconds    = rtt
 * loadSeconds       = 0 if the model is loaded, else the prior load time
 * seconds           = generationSeconds + queueSeconds + networkSeconds + loadSeconds
 * </pre>
 *
 * <p>Choices: the network is counted as <b>one round trip</b> per generation: half to send the request, half for
 * the last token to come back; tokens in between stream while the next ones are generated, so they add nothing.
 * The work ahead is the node's own drain time ({@link DrainTime}: it knows each generation's max_tokens, prompt
 * and progress, and its measured speed), aged by its heartbeat's age; this node's dispatches sent after that
 * heartbeat are not in it and count what this generation will cost each (their length is as unknown to us as
 * this one's). A node without a drain time has each generation ahead cost what this one will. A backend that runs
 * generations in parallel slows each of them about as much, so the sum is a fair estimate of when this one
 * finishes either way. The CPU load
 * stretches generation on GPU nodes too: the prompt, sampling and the HTTP stream run on the CPU.
 * Reading the prompt is charged at the prior prefill speedup until nodes measure it.
 *
 * <p>Estimated work ahead weighs {@value #WORK_AHEAD_WEIGHT} times its seconds: it is an estimate of answer lengths
 * that are heavy-tailed, and its errors are not even. A request misjudged into the queue behind a long answer waits
 * for all of it; one sent to a node that is free now loses at most the difference in speed. In the routing regret
 * simulation (docs/BENCHMARKS.md) the weight brought the router closer to the oracle in the meshes where speeds
 * differ and changed nothing where nodes are equal; the counts of a node that publishes no drain time are not weighed.
 *
 * <p>Properties the tests check: more load of any kind (cpu, queue, drain, dispatches, rtt, an unloaded model, a
 * slower measurement) never makes an estimate cheaper. Immutable and thread-safe.
 */
public final class CostModel {
    /** How much a second of estimated work ahead counts against a second of this generation (see above). */
    public static final double WORK_AHEAD_WEIGHT = 1.5;

    private final ThroughputPriors priors;

    public CostModel(ThroughputPriors priors) {
        if (priors == null) throw new IllegalArgumentException("a cost model needs priors");
        this.priors = priors;
    }

    public CostModel() {
        this(ThroughputPriors.standard());
    }

    /**
     * The estimate for generating {@code expectedOutputTokens} of {@code request} on {@code node}, with
     * {@code recentDispatches} generations this node sent there that the snapshot does not show yet. A node that
     * lacks the model is estimated as if it had it unmeasured and unloaded (the router never asks).
     */
    public Estimate estimate(NodeSnapshot node, RouteRequest request, double expectedOutputTokens, int recentDispatches) {
        if (!(expectedOutputTokens >= 0) || Double.isInfinite(expectedOutputTokens)) {
            throw new IllegalArgumentException("expected output tokens must be finite and >= 0");
        }
        ModelStats stats = node.models().get(request.model());
        boolean measured = stats != null && stats.measured();
        double tokensPerSecond = measured ? stats.tokensPerSecond() : priors.tokensPerSecond(request.model(), node.gpu());
        double tokens = expectedOutputTokens + request.promptTokens() / priors.prefillSpeedup(node.gpu());
        double generation = tokens / tokensPerSecond * (1 + node.cpuLoad());
        int recent = Math.max(0, recentDispatches);
        double queue = node.drainSeconds().isPresent()
                ? (node.drainSeconds().getAsDouble() * (1 + node.cpuLoad()) + recent * generation) * WORK_AHEAD_WEIGHT
                : (node.queuedGenerations() + node.activeGenerations() + recent) * generation;
        double network = node.rtt().toNanos() / 1e9;
        double load = stats != null && stats.loaded() ? 0 : priors.loadSeconds(request.model());
        return new Estimate(node.node(), generation + queue + network + load, generation, queue, network, load,
                tokensPerSecond, measured);
    }
}
