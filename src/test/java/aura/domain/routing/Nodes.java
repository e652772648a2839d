package aura.domain.routing;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SplittableRandom;

/** Snapshot fixtures: a builder for hand-written nodes and a source of random ones. */
final class Nodes {
    static final String MODEL = "llama3.1";

    private Nodes() {
    }

    static Builder node(String name) {
        return new Builder(name);
    }

    static final class Builder {
        private final String name;
        private boolean gpu;
        private double cpuLoad;
        private int active;
        private int queued;
        private final Map<String, ModelStats> models = new HashMap<>();
        private Duration rtt = Duration.ZERO;
        private boolean reachable = true;
        private OptionalDouble drain = OptionalDouble.empty();
        private List<String> drainedBy = List.of();

        private Builder(String name) {
            this.name = name;
        }

        Builder gpu() { gpu = true; return this; }
        Builder cpuLoad(double load) { cpuLoad = load; return this; }
        Builder active(int n) { active = n; return this; }
        Builder queued(int n) { queued = n; return this; }
        Builder rttMillis(long ms) { rtt = Duration.ofMillis(ms); return this; }
        Builder unreachable() { reachable = false; return this; }
        Builder drainSeconds(double seconds) { drain = OptionalDouble.of(seconds); return this; }
        Builder drainedBy(String... alerts) { drainedBy = List.of(alerts); return this; }

        /** Has {@link #MODEL} loaded, measured at {@code tokensPerSecond}. */
        Builder measured(double tokensPerSecond) { return model(MODEL, tokensPerSecond, 20, true); }

        Builder model(String model, double tokensPerSecond, long samples, boolean loaded) {
            models.put(model, new ModelStats(model, tokensPerSecond, samples, loaded));
            return this;
        }

        NodeSnapshot build() {
            return new NodeSnapshot(name, gpu, cpuLoad, active, queued, models, rtt, reachable, drain, drainedBy);
        }
    }

    /** A random snapshot of node {@code name} that may have any of {@code models}, measured or not, loaded or not. */
    static NodeSnapshot random(SplittableRandom rng, String name, List<String> models) {
        Builder b = node(name).cpuLoad(rng.nextDouble()).active(rng.nextInt(4)).queued(rng.nextInt(4))
                .rttMillis(rng.nextInt(300));
        if (rng.nextBoolean()) b.gpu();
        if (rng.nextInt(10) == 0) b.unreachable();
        if (rng.nextInt(3) == 0) b.drainSeconds(rng.nextInt(4) == 0 ? 0 : rng.nextDouble(0, 120));
        for (String model : models) {
            if (rng.nextInt(4) == 0) continue;
            boolean measured = rng.nextBoolean();
            b.model(model, measured ? rng.nextDouble(1, 120) : rng.nextDouble(0, 5), measured ? 1 + rng.nextInt(50) : 0,
                    rng.nextBoolean());
        }
        return b.build();
    }
}
