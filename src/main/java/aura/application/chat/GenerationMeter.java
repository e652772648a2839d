package aura.application.chat;

import aura.application.chat.port.GenerationBackend;
import aura.application.mesh.GenerationFailures;
import aura.application.mesh.GenerationLoad;
import aura.domain.chat.ChatTurn;
import aura.domain.chat.GenerationRequest;
import aura.domain.mesh.ServedModel;
import aura.domain.routing.DrainTime;
import aura.domain.routing.ExpectedLength;
import aura.domain.routing.MovingAverage;
import aura.domain.routing.ThroughputPriors;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * This node's generation load and measured speed: generations running and waiting for a slot, and per model a
 * {@link MovingAverage} of tokens per second over real generations (weight 0.3 for the newest once warmed up, so
 * the figure follows a change of load within a few generations), fed by person-facing generations and by
 * background calibrations ({@link CalibrateModels}) alike, with when each model was last measured. The backend's
 * model list is asked for at most every 10 s: the first time by whoever asks first, after that in the background
 * while the askers get the list they have (a person's request is routed without waiting for the backend's own
 * answers, which a busy backend may give slowly). It also follows every generation it holds (its max_tokens, prompt and
 * tokens so far) and the lengths of the answers this node finished, for the drain time the heartbeat publishes.
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
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private final long modelsTtlNanos;
    private final ThreadPoolExecutor refreshes = new ThreadPoolExecutor(1, 1, 5, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), task -> {
                Thread thread = new Thread(task, "backend-models");
                thread.setDaemon(true);
                return thread;
            });
    private final Set<Held> held = ConcurrentHashMap.newKeySet();
    private final ExpectedLength lengths = new ExpectedLength();
    private final ThroughputPriors priors = ThroughputPriors.standard();

    /** A generation this node holds, queued or running: what its drain time needs to know of it. */
    static final class Held {
        private final String model;
        private final OptionalInt maxTokens;
        private final int promptTokens;
        private final AtomicInteger generated;
        private final boolean continued;

        private Held(GenerationRequest request) {
            List<ChatTurn> turns = request.turns();
            int chars = turns.stream().mapToInt(t -> t.content().length()).sum();
            // A continued answer was partly written elsewhere: its length counts from its start.
            int written = request.continuesAnAnswer() ? turns.get(turns.size() - 1).content().length() / 4 : 0;
            this.model = request.model();
            this.maxTokens = request.maxTokens();
            this.promptTokens = chars / 4 - written;
            this.generated = new AtomicInteger(written);
            this.continued = request.continuesAnAnswer();
        }

        /** One more piece of the answer (a streamed piece is about a token). */
        void token() {
            generated.incrementAndGet();
        }

        DrainTime.Generation now() {
            return new DrainTime.Generation(model, maxTokens, Math.max(0, promptTokens), generated.get());
        }
    }

    @Inject
    public GenerationMeter(GenerationBackend backend, Clock clock) {
        this(backend, clock, MODELS_TTL_NANOS);
    }

    /** {@code modelsTtlNanos}: how long the backend's model list is used before it is asked again (tests shorten it). */
    GenerationMeter(GenerationBackend backend, Clock clock, long modelsTtlNanos) {
        this.backend = backend;
        this.clock = clock;
        this.modelsTtlNanos = modelsTtlNanos;
        refreshes.allowCoreThreadTimeOut(true);
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
        if (modelsReadAt == Long.MIN_VALUE) {
            synchronized (this) {
                if (modelsReadAt == Long.MIN_VALUE) readModels();
            }
            return;
        }
        if (System.nanoTime() - modelsReadAt < modelsTtlNanos || !refreshing.compareAndSet(false, true)) return;
        refreshes.execute(() -> {
            try {
                readModels();
            } finally {
                refreshing.set(false);
            }
        });
    }

    private void readModels() {
        // the time first: a backend that fails is asked again after the same wait, not at every request
        modelsReadAt = System.nanoTime();
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

    @Override
    public OptionalDouble drainSeconds(boolean gpu) {
        if (held.isEmpty()) return OptionalDouble.of(0);
        List<DrainTime.Generation> generations = new ArrayList<>(held.size());
        held.forEach(h -> generations.add(h.now()));
        Map<String, Double> measured = new java.util.HashMap<>();
        speeds.forEach((model, speed) -> speed.value().ifPresent(v -> { if (v > 0) measured.put(model, v); }));
        return OptionalDouble.of(DrainTime.seconds(generations, lengths,
                model -> measured.getOrDefault(model, priors.tokensPerSecond(model, gpu)), priors.prefillSpeedup(gpu)));
    }

    /** A generation waits for a slot; the handle follows it to {@link #finished}. */
    Held queued(GenerationRequest request) {
        Held generation = new Held(request);
        held.add(generation);
        queued.incrementAndGet();
        return generation;
    }

    void started(Held generation) {
        queued.decrementAndGet();
        active.incrementAndGet();
    }

    /** The generation ended; {@code outputTokens} of an answer that ended by itself teach the expected lengths. */
    void finished(Held generation, OptionalInt outputTokens) {
        held.remove(generation);
        active.decrementAndGet();
        if (outputTokens.isPresent() && outputTokens.getAsInt() > 0 && !generation.continued
                && (generation.maxTokens.isEmpty() || outputTokens.getAsInt() < generation.maxTokens.getAsInt())) {
            lengths.record(generation.model, outputTokens.getAsInt());
        }
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
