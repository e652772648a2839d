package aura.application.chat;

import aura.testing.HandClock;

import aura.application.chat.port.GenerationBackend;
import aura.application.node.ThisNode;
import aura.domain.chat.BackendFailure;
import aura.domain.chat.GenerationOutcome;
import aura.domain.chat.GenerationRequest;
import aura.domain.chat.TokenSink;
import aura.domain.mesh.ServedModel;
import aura.domain.node.Mode;
import aura.domain.node.NodeIdentity;
import aura.domain.node.Role;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class CalibrateModelsTest {
    private static final ThisNode GPU_BOX = new ThisNode(new NodeIdentity("gpu-box", Role.COMPUTE, Mode.MESH, "1"), "127.0.0.1", 3000, true);
    private static final CalibrationSettings SETTINGS = new CalibrationSettings(true, Duration.ofSeconds(10), Duration.ofMinutes(10), 24);
    private static final ChatSettings CHAT = new ChatSettings(Duration.ofSeconds(30), Duration.ofSeconds(30), 4);

    private final HandClock clock = new HandClock(Instant.parse("2026-12-01T09:00:00Z"));
    private final FakeBackend backend = new FakeBackend();
    private final GenerationMeter meter = new GenerationMeter(backend, clock);
    private final CalibrateModels calibrate = new CalibrateModels(GPU_BOX, backend, meter, CHAT, SETTINGS, clock);

    @Test
    void everyLoadedModelIsMeasuredAtStartAndPublishedAsMeasured() {
        backend.loaded("fast:1b", 2).loaded("slow:8b", 20).listedOnly("huge:70b");

        assertThat(calibrate.calibrate()).containsExactly("fast:1b", "slow:8b");

        Map<String, ServedModel> served = served();
        assertThat(served.get("fast:1b").samples()).isEqualTo(1);
        assertThat(served.get("slow:8b").samples()).isEqualTo(1);
        assertThat(served.get("fast:1b").tokensPerSecond()).isGreaterThan(served.get("slow:8b").tokensPerSecond());
        assertThat(served.get("huge:70b").samples()).as("not loaded: measuring it would load it").isZero();
        assertThat(backend.requests).extracting(GenerationRequest::model).doesNotContain("huge:70b");
    }

    @Test
    void theDrainTimeCountsWhatTheHeldGenerationsStillNeedAtTheMeasuredSpeed() {
        assertThat(meter.drainSeconds(true)).hasValue(0);
        backend.loaded("fast:1b", 2);
        meter.calibrated("fast:1b", 50);
        var running = meter.queued(new GenerationRequest("fast:1b",
                List.of(new aura.domain.chat.ChatTurn(aura.domain.chat.ChatTurn.Speaker.USER, "x".repeat(400))), java.util.OptionalInt.of(200)));
        meter.started(running);
        for (int i = 0; i < 150; i++) running.token();
        var waiting = meter.queued(new GenerationRequest("fast:1b",
                List.of(new aura.domain.chat.ChatTurn(aura.domain.chat.ChatTurn.Speaker.USER, "y".repeat(400))), java.util.OptionalInt.of(64)));

        // running: no answer recorded yet, so max(200 - 150, 150 / 4) = 50 tokens left; waiting: 64 tokens and a
        // 100-token prompt read 50x faster (a GPU node's prior): 50 + 64 + 2 tokens at 50 tokens/s
        assertThat(meter.drainSeconds(true).getAsDouble()).isCloseTo(116 / 50.0, org.assertj.core.api.Assertions.within(1e-9));

        meter.finished(running, java.util.OptionalInt.of(180));
        meter.started(waiting);
        assertThat(meter.drainSeconds(true).getAsDouble()).isCloseTo(66 / 50.0, org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void theSpeedTheBackendReportsItselfIsTakenAsItIs() {
        backend.loaded("ollama:7b", 1);
        backend.reportedDecodeNanos = 300_000_000L; // 30 tokens in 0.3 s, as Ollama's eval_count and eval_duration say
        calibrate.calibrate();
        assertThat(served().get("ollama:7b").tokensPerSecond()).isEqualTo(100.0);
    }

    @Test
    void aCalibrationIsShortAndIsNotCountedAsAPersonsGeneration() {
        backend.loaded("fast:1b", 2);
        calibrate.calibrate();
        assertThat(backend.requests).singleElement().satisfies(r -> {
            assertThat(r.maxTokens()).hasValue(24);
            assertThat(r.turns()).singleElement().satisfies(t -> assertThat(t.content()).isEqualTo(CalibrateModels.PROMPT));
        });
        assertThat(backend.activeSeenWhileGenerating).containsOnly(0);
        assertThat(meter.activeGenerations()).isZero();
        assertThat(meter.queuedGenerations()).isZero();
    }

    @Test
    void nothingIsMeasuredWhileAPersonsRequestWaitsForASlot() {
        backend.loaded("fast:1b", 2);
        aPersonsRequest();
        assertThat(calibrate.calibrate()).isEmpty();
        assertThat(backend.requests).isEmpty();
    }

    @Test
    void aMeasuredModelIsMeasuredAgainOnlyWhenStaleAndTheNodeIsIdle() {
        backend.loaded("fast:1b", 2);
        calibrate.calibrate();
        assertThat(calibrate.calibrate()).as("fresh").isEmpty();

        clock.advance(Duration.ofMinutes(10));
        var generation = aPersonsRequest();
        meter.started(generation);
        assertThat(calibrate.calibrate()).as("a person's generation runs").isEmpty();
        meter.finished(generation, java.util.OptionalInt.empty());
        assertThat(calibrate.calibrate()).containsExactly("fast:1b");
        assertThat(served().get("fast:1b").samples()).isEqualTo(2);
    }

    @Test
    void aRealGenerationCountsAsAFreshMeasurement() {
        backend.loaded("fast:1b", 2);
        calibrate.calibrate();
        clock.advance(Duration.ofMinutes(9));
        meter.measured("fast:1b", 100, 10, 1010);
        clock.advance(Duration.ofMinutes(2));
        assertThat(calibrate.calibrate()).isEmpty();
    }

    @Test
    void aModelThatAppearsIsMeasuredAtTheNextCheckEvenWhileOthersGenerate() {
        backend.loaded("fast:1b", 2);
        calibrate.calibrate();
        backend.loaded("new:3b", 5);
        meter.started(aPersonsRequest());
        assertThat(calibrate.calibrate()).containsExactly("new:3b");
    }

    @Test
    void aFailingModelKeepsItsPriorAndIsTriedAgainOnlyAfterTheRefreshInterval() {
        backend.loaded("broken:7b", 2);
        backend.failing = true;
        assertThat(calibrate.calibrate()).isEmpty();
        assertThat(served().get("broken:7b").samples()).isZero();
        assertThat(calibrate.calibrate()).isEmpty();
        assertThat(backend.requests).hasSize(1);

        backend.failing = false;
        clock.advance(Duration.ofMinutes(10));
        assertThat(calibrate.calibrate()).containsExactly("broken:7b");
    }

    @Test
    void aNodeWithoutABackendOfItsOwnMeasuresNothing() {
        backend.loaded("fast:1b", 2);
        var laptop = new ThisNode(new NodeIdentity("laptop", Role.LAPTOP, Mode.MESH, "1"), "127.0.0.1", 3000, false);
        assertThat(new CalibrateModels(laptop, backend, meter, CHAT, SETTINGS, clock).calibrate()).isEmpty();
        assertThat(backend.requests).isEmpty();
    }

    private Map<String, ServedModel> served() {
        return meter.servedModels().stream().collect(Collectors.toMap(ServedModel::name, m -> m));
    }

    /** A backend in memory: each loaded model streams 30 tokens at its own pace. */
    private final class FakeBackend implements GenerationBackend {
        final List<GenerationRequest> requests = new CopyOnWriteArrayList<>();
        final List<Integer> activeSeenWhileGenerating = new CopyOnWriteArrayList<>();
        private final Map<String, Long> millisPerToken = new ConcurrentHashMap<>();
        private final Set<String> loaded = ConcurrentHashMap.newKeySet();
        volatile boolean failing;
        volatile long reportedDecodeNanos;

        FakeBackend loaded(String model, long millis) {
            millisPerToken.put(model, millis);
            loaded.add(model);
            return this;
        }

        FakeBackend listedOnly(String model) {
            millisPerToken.put(model, 1L);
            return this;
        }

        @Override
        public List<String> models() {
            return millisPerToken.keySet().stream().sorted().toList();
        }

        @Override
        public Set<String> loadedModels() {
            return Set.copyOf(loaded);
        }

        @Override
        public GenerationOutcome generate(GenerationRequest request, TokenSink sink, Cancellation cancel) {
            requests.add(request);
            activeSeenWhileGenerating.add(meter.activeGenerations());
            if (failing) throw new BackendFailure("connection refused");
            for (int i = 0; i < 30; i++) {
                try {
                    Thread.sleep(millisPerToken.get(request.model()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                sink.token(" " + i);
            }
            return new GenerationOutcome(12, 30, reportedDecodeNanos);
        }
    }

    private GenerationMeter.Held aPersonsRequest() {
        return meter.queued(new aura.domain.chat.GenerationRequest("fast:1b",
                List.of(new aura.domain.chat.ChatTurn(aura.domain.chat.ChatTurn.Speaker.USER, "hello")), java.util.OptionalInt.empty()));
    }
}
