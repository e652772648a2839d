package aura.application.chat;

import aura.application.chat.port.GenerationBackend;
import aura.application.mesh.GenerationFailures;
import aura.application.mesh.GenerationLoad;
import aura.domain.mesh.ServedModel;
import aura.domain.routing.MovingAverage;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * This node's generation load and measured speed: generations running and waiting for a slot, and per model a
 * {@link MovingAverage} of tokens per second over real generations (weight 0.3 for the newest once warmed up, so
 * the figure follows a change of load within a few generations), fed by person-facing generations and by
 * background calibrations ({@link CalibrateModels}) alike, with when each model was last measured. The backend's
 * model list is asked for at most every 10 s.
 */
@Singleton
public class GenerationMeter implements GenerationLoad, GenerationFailures {
    private static final double WEIGHT = 0.3;
    private static final long MODELS_TTL_NANOS = 10_000_000_000L;

    private final GenerationBackend backend;
    private final Clock clock;
    private final Map<String, Instant> measuredAt = new ConcurrentHashMap<>();
    private final AtomicInteger active = new AtomicInteger();
    private final AtomicInteger queued = new AtomicInteger();
    private final java.util.concurrent.atomic.AtomicLong failures = new java.util.concurrent.atomic.AtomicLong();
    private final Map<String, MovingAverage> speeds = new ConcurrentHashMap<>();
    private volatile List<String> models = List.of();
    private volatile Set<String> loaded = Set.of();
    private volatile long modelsReadAt = Long.MIN_VALUE;

    public GenerationMeter(GenerationBackend backend, Clock clock) {
        this.backend = backend;
        this.clock = clock;
    }

    @Override
    public List<ServedModel> servedModels() {
        refreshModels();
        List<ServedModel> served = new ArrayList<>();
        for (String model : models) {
            MovingAverage speed = speeds.get(model);
            double tokensPerSecond = speed == null ? 0 : speed.value().orElse(0);
            served.add(new ServedModel(model, tokensPerSecond, speed == null ? 0 : speed.samples(), loaded.contains(model)));
        }
        return served;
    }

    private void refreshModels() {
        long now = System.nanoTime();
        if (now - modelsReadAt < MODELS_TTL_NANOS && modelsReadAt != Long.MIN_VALUE) return;
        modelsReadAt = now;
        models = backend.models();
        loaded = backend.loadedModels();
    }

    @Override
    public int activeGenerations() {
        return active.get();
    }

    @Override
    public int queuedGenerations() {
        return queued.get();
    }

    void queued() {
        queued.incrementAndGet();
    }

    void started() {
        queued.decrementAndGet();
        active.incrementAndGet();
    }

    void finished() {
        active.decrementAndGet();
    }

    /** A generation on this node's backend failed (the monitor samples the count). */
    void failed() {
        failures.incrementAndGet();
    }

    @Override
    public long backendFailures() {
        return failures.get();
    }

    /** Records a finished generation's speed: tokens after the first, over the time after the first token. */
    void measured(String model, int outputTokens, long firstTokenMillis, long totalMillis) {
        long streamingMillis = totalMillis - Math.max(0, firstTokenMillis);
        if (outputTokens < 2 || streamingMillis <= 0) return;
        double rate = (outputTokens - 1) * 1000.0 / streamingMillis;
        record(model, rate);
    }

    /** Records a background calibration's speed into the same average the heartbeat publishes. */
    void calibrated(String model, double tokensPerSecond) {
        if (!(tokensPerSecond > 0) || Double.isInfinite(tokensPerSecond)) return;
        record(model, tokensPerSecond);
    }

    /** When each model was last measured, by a real generation or a calibration. */
    Map<String, Instant> measuredAt() {
        return Map.copyOf(measuredAt);
    }

    private void record(String model, double rate) {
        speeds.computeIfAbsent(model, m -> new MovingAverage(WEIGHT)).add(rate);
        measuredAt.put(model, clock.instant());
        loaded = union(loaded, model);
    }

    private static Set<String> union(Set<String> set, String model) {
        if (set.contains(model)) return set;
        var more = new java.util.HashSet<>(set);
        more.add(model);
        return Set.copyOf(more);
    }
}
