package aura.application.chat;

import aura.application.chat.port.GenerationBackend;
import aura.application.node.ThisNode;
import aura.domain.chat.BackendFailure;
import aura.domain.chat.ChatTurn;
import aura.domain.chat.GenerationOutcome;
import aura.domain.chat.GenerationRequest;
import aura.domain.routing.CalibrationSchedule;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Measures the decode speed of each model the local backend has loaded with one short generation of a fixed
 * prompt, when the model has no measurement yet and again when the node is idle and the last one is old (see
 * {@link CalibrationSchedule}); the speed goes into the moving average the heartbeat publishes, so every node
 * knows this one's speed before a person's request is routed. It runs beside the person-facing slots (it is not
 * counted as load) and never while a person's generation waits for one. The speed is the backend's own where it
 * reports one (Ollama's {@code eval_count} over {@code eval_duration}), else the stream's (OpenAI-compatible
 * servers): tokens after the first over the time after the first, as for real generations, so the load time of a
 * model is not in it.
 * A model whose calibration fails is tried again only after the refresh interval.
 */
@Singleton
public class CalibrateModels {
    static final String PROMPT = "Count from one to one hundred in words, separated by commas.";

    private final ThisNode thisNode;
    private final GenerationBackend backend;
    private final GenerationMeter meter;
    private final ChatSettings chat;
    private final CalibrationSettings settings;
    private final CalibrationSchedule schedule;
    private final Clock clock;
    private final Map<String, Instant> failedAt = new ConcurrentHashMap<>();

    public CalibrateModels(ThisNode thisNode, GenerationBackend backend, GenerationMeter meter, ChatSettings chat,
                           CalibrationSettings settings, Clock clock) {
        this.thisNode = thisNode;
        this.backend = backend;
        this.meter = meter;
        this.chat = chat;
        this.settings = settings;
        this.schedule = new CalibrationSchedule(settings.refreshAfter());
        this.clock = clock;
    }

    /** Measures the models due now, one after another; returns the models measured. */
    public synchronized List<String> calibrate() {
        List<String> measured = new ArrayList<>();
        if (!thisNode.generates() || !settings.enabled()) return measured;
        for (String model : due()) {
            if (meter.queuedGenerations() > 0) break; // a person's request arrived: it goes first
            OptionalDouble speed = measure(model);
            if (speed.isPresent()) {
                meter.calibrated(model, speed.getAsDouble());
                failedAt.remove(model);
                measured.add(model);
            } else {
                failedAt.put(model, clock.instant());
            }
        }
        return measured;
    }

    private List<String> due() {
        Map<String, Instant> last = new HashMap<>(failedAt);
        meter.measuredAt().forEach((model, at) -> last.merge(model, at, (a, b) -> a.isAfter(b) ? a : b));
        var loaded = new ArrayList<>(backend.loadedModels());
        return schedule.due(loaded, last, meter.activeGenerations(), meter.queuedGenerations(), clock.instant());
    }

    private OptionalDouble measure(String model) {
        var request = new GenerationRequest(model, List.of(new ChatTurn(ChatTurn.Speaker.USER, PROMPT)),
                OptionalInt.of(settings.tokens()));
        AtomicInteger pieces = new AtomicInteger();
        long start = System.nanoTime();
        Cancellation cancel = new Cancellation();
        try (StallWatch watch = new StallWatch(cancel, chat.firstTokenTimeout(), chat.stallTimeout())) {
            GenerationOutcome outcome = backend.generate(request, watch.watching(t -> pieces.incrementAndGet()), cancel);
            if (outcome.reportedTokensPerSecond().isPresent()) return outcome.reportedTokensPerSecond(); // Ollama's own eval_count / eval_duration
            long streamingMillis = (System.nanoTime() - start) / 1_000_000 - Math.max(0, watch.firstTokenMillis());
            int tokens = outcome.outputTokens() > 0 ? outcome.outputTokens() : pieces.get();
            if (tokens < 2 || streamingMillis <= 0) return OptionalDouble.empty();
            return OptionalDouble.of((tokens - 1) * 1000.0 / streamingMillis);
        } catch (BackendFailure e) {
            return OptionalDouble.empty(); // unreachable or stalled: the prior stands, and it is tried again later
        }
    }
}
