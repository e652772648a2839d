package aura.application.chat;

import aura.application.chat.port.GenerationBackend;
import aura.domain.chat.BackendFailure;
import aura.domain.chat.GenerationOutcome;
import aura.domain.chat.GenerationRequest;
import aura.domain.chat.TokenSink;
import jakarta.inject.Singleton;

import java.util.OptionalInt;
import java.util.concurrent.Semaphore;

/**
 * Runs a generation on this node's own backend — for its own users and for peers that routed work here — so its
 * queue and speed measurements stay true. At most {@code maxConcurrent} run at once; the rest wait their turn. A
 * stream without tokens for the stall timeout is cut and reported as a {@link BackendFailure}.
 */
@Singleton
public class RunGeneration {
    private final GenerationBackend backend;
    private final GenerationMeter meter;
    private final ChatSettings settings;
    private final Semaphore slots;

    public RunGeneration(GenerationBackend backend, GenerationMeter meter, ChatSettings settings) {
        this.backend = backend;
        this.meter = meter;
        this.settings = settings;
        this.slots = new Semaphore(settings.maxConcurrent(), true);
    }

    public GenerationOutcome run(GenerationRequest request, TokenSink sink, Cancellation cancel) {
        GenerationMeter.Held held = meter.queued(request);
        try {
            slots.acquire();
        } catch (InterruptedException e) {
            meter.started(held);
            meter.finished(held, OptionalInt.empty());
            Thread.currentThread().interrupt();
            throw new BackendFailure("interrupted while queued");
        }
        meter.started(held);
        long start = System.nanoTime();
        OptionalInt answered = OptionalInt.empty();
        try (StallWatch watch = new StallWatch(cancel, settings.firstTokenTimeout(), settings.stallTimeout())) {
            TokenSink counted = piece -> {
                held.token();
                sink.token(piece);
            };
            GenerationOutcome outcome = backend.generate(request, watch.watching(counted), cancel);
            meter.measured(request.model(), outcome.outputTokens(), watch.firstTokenMillis(),
                    (System.nanoTime() - start) / 1_000_000);
            if (!cancel.cancelled()) answered = OptionalInt.of(outcome.outputTokens());
            return outcome;
        } catch (BackendFailure e) {
            meter.failed();
            throw e;
        } finally {
            meter.finished(held, answered);
            slots.release();
        }
    }
}
