package aura.application.chat;

import aura.application.chat.port.GenerationBackend;
import aura.domain.chat.BackendFailure;
import aura.domain.chat.GenerationOutcome;
import aura.domain.chat.GenerationRequest;
import aura.domain.chat.TokenSink;
import jakarta.inject.Singleton;

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
        meter.queued();
        try {
            slots.acquire();
        } catch (InterruptedException e) {
            meter.started();
            meter.finished();
            Thread.currentThread().interrupt();
            throw new BackendFailure("interrupted while queued");
        }
        meter.started();
        long start = System.nanoTime();
        try (StallWatch watch = new StallWatch(cancel, settings.firstTokenTimeout(), settings.stallTimeout())) {
            GenerationOutcome outcome = backend.generate(request, watch.watching(sink), cancel);
            meter.measured(request.model(), outcome.outputTokens(), watch.firstTokenMillis(),
                    (System.nanoTime() - start) / 1_000_000);
            return outcome;
        } catch (BackendFailure e) {
            meter.failed();
            throw e;
        } finally {
            meter.finished();
            slots.release();
        }
    }
}
