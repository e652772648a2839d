package aura.application.chat;

import aura.application.chat.port.GenerationBackend;
import aura.domain.chat.GenerationOutcome;
import aura.domain.chat.GenerationRequest;
import aura.domain.chat.TokenSink;
import aura.domain.mesh.ServedModel;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** The backend's model list is read once by the first asker, then refreshed in the background: no asker waits for it. */
class GenerationMeterTest {
    /** A backend whose model list can be held up: its list calls wait on {@code answer} once it is armed. */
    static final class SlowListing implements GenerationBackend {
        final AtomicReference<List<String>> models = new AtomicReference<>(List.of("llama3"));
        final AtomicReference<CountDownLatch> answer = new AtomicReference<>(new CountDownLatch(0));
        final AtomicInteger asked = new AtomicInteger();

        @Override
        public List<String> models() {
            asked.incrementAndGet();
            try {
                answer.get().await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return models.get();
        }

        @Override
        public Set<String> loadedModels() {
            return Set.of();
        }

        @Override
        public GenerationOutcome generate(GenerationRequest request, TokenSink sink, Cancellation cancel) {
            throw new UnsupportedOperationException("not generated here");
        }
    }

    private static List<String> names(GenerationMeter meter) {
        return meter.servedModels().stream().map(ServedModel::name).toList();
    }

    @Test
    void anOldModelListIsReadAgainInTheBackgroundWhileTheAskerGetsTheOneItHas() throws Exception {
        var backend = new SlowListing();
        var meter = new GenerationMeter(backend, Clock.systemUTC(), TimeUnit.MILLISECONDS.toNanos(50));
        assertThat(names(meter)).as("the first asker reads the list itself").containsExactly("llama3");

        var held = new CountDownLatch(1);
        backend.answer.set(held);
        backend.models.set(List.of("llama3", "qwen2"));
        Thread.sleep(100);
        long started = System.nanoTime();
        assertThat(names(meter)).as("the old list, while the backend takes its time").containsExactly("llama3");
        long refreshing = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (backend.asked.get() < 2 && System.nanoTime() < refreshing) Thread.sleep(10);
        for (int i = 0; i < 3; i++) assertThat(names(meter)).containsExactly("llama3");
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).as("no asker waited for the held list")
                .isLessThan(5_000);
        assertThat(backend.asked.get()).as("one refresh at a time").isEqualTo(2);

        held.countDown();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!names(meter).contains("qwen2") && System.nanoTime() < deadline) Thread.sleep(10);
        assertThat(names(meter)).containsExactly("llama3", "qwen2");
    }
}
