package aura.domain.routing.bench;

import aura.domain.routing.ExpectedLength;
import aura.domain.routing.ModelStats;
import aura.domain.routing.NodeSnapshot;
import aura.domain.routing.RouteRequest;
import aura.domain.routing.Router;
import aura.domain.routing.RoutingDecision;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * One routing decision over 10 candidate nodes (mixed GPU and CPU, some unmeasured, some with the model unloaded,
 * some busy, three recent dispatches), reasons included. Target: under 50 µs. Run from the build output:
 * {@code java -cp target/classes:target/test-classes:<test classpath> aura.domain.routing.bench.RouterBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RouterBenchmark {
    private static final String MODEL = "llama3.1:8b";

    private final Router router = new Router();
    private final ExpectedLength lengths = new ExpectedLength();
    private final RouteRequest request = new RouteRequest(MODEL, OptionalInt.empty(), 600);
    private final Map<String, Integer> recent = new HashMap<>();
    private List<NodeSnapshot> nodes;

    @Setup
    public void setUp() {
        SplittableRandom rng = new SplittableRandom(10);
        nodes = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            boolean gpu = i % 3 == 0;
            boolean measured = i % 4 != 1;
            Map<String, ModelStats> models = Map.of(
                    MODEL, new ModelStats(MODEL, measured ? rng.nextDouble(4, 80) : 0, measured ? 30 : 0, i % 5 != 2),
                    "mistral:7b", ModelStats.unmeasured("mistral:7b", false));
            nodes.add(new NodeSnapshot("node-" + i, gpu, rng.nextDouble(), rng.nextInt(3), rng.nextInt(2), models,
                    Duration.ofMillis(i == 0 ? 0 : 1 + rng.nextInt(80)), true));
        }
        for (int i = 0; i < 100; i++) lengths.record(MODEL, 200 + rng.nextInt(300));
        recent.put("node-3", 1);
        recent.put("node-6", 2);
    }

    @Benchmark
    public RoutingDecision decideOverTenCandidates() {
        return router.decide(request, nodes, lengths, recent);
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(RouterBenchmark.class.getName()).build()).run();
    }
}
