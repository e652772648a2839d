package aura.application.chat;

import aura.application.policy.port.GuardModel.Verdict;
import aura.domain.chat.GenerationRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** A slow guard model holds at most its own few threads and a short queue; nobody's question is asked for nothing. */
class GuardGenerationTest {
    /** A guard that answers SAFE once let go, and counts the questions it was asked. */
    static final class HeldGuard implements MeshGeneration {
        final CountDownLatch letGo = new CountDownLatch(1);
        final AtomicInteger asked = new AtomicInteger();
        final AtomicInteger started = new AtomicInteger();

        @Override
        public void run(GenerationRequest request, RoutedGeneration.Observer observer) {
            started.incrementAndGet();
            try {
                letGo.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                observer.failed(new RoutedGeneration.Failure("interrupted", List.of(), "", 0, 0));
                return;
            }
            asked.incrementAndGet();
            observer.done(new RoutedGeneration.Result("box", "SAFE", 1, 1, 1, 1));
        }
    }

    private final HeldGuard guard = new HeldGuard();
    private final GuardGeneration generation = new GuardGeneration(guard);
    private final ExecutorService callers = Executors.newCachedThreadPool();

    @AfterEach
    void letGo() {
        guard.letGo.countDown();
        callers.shutdownNow();
    }

    private List<Future<Verdict>> callersWaiting(int n) {
        List<Future<Verdict>> waiting = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            waiting.add(callers.submit(() -> generation.judge("guard", "hello", Duration.ofSeconds(60), Optional.empty())));
        }
        return waiting;
    }

    private void awaitStarted(int n) throws InterruptedException {
        for (int i = 0; i < 500 && guard.started.get() < n; i++) Thread.sleep(10);
        assertThat(guard.started.get()).isEqualTo(n);
    }

    @Test
    void aQuestionThatFindsEveryThreadBusyAndTheQueueFullHasNoVerdictAtOnce() throws Exception {
        var waiting = callersWaiting(GuardGeneration.THREADS + GuardGeneration.QUEUED);
        awaitStarted(GuardGeneration.THREADS);
        for (int i = 0; i < 500 && generation.queued() < GuardGeneration.QUEUED; i++) Thread.sleep(10);
        assertThat(generation.queued()).isEqualTo(GuardGeneration.QUEUED);
        // without the bound this would wait out its 60 s
        Verdict v = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> generation.judge("guard", "one too many", Duration.ofSeconds(60), Optional.empty()));
        assertThat(v).isEqualTo(Verdict.NO_ANSWER);
        guard.letGo.countDown();
        for (Future<Verdict> f : waiting) assertThat(f.get(30, TimeUnit.SECONDS)).isEqualTo(Verdict.SAFE);
        assertThat(guard.asked.get()).isEqualTo(GuardGeneration.THREADS + GuardGeneration.QUEUED);
    }

    @Test
    void aQuestionWhoseCallerStoppedWaitingIsNotAskedLater() throws Exception {
        var waiting = callersWaiting(GuardGeneration.THREADS);
        awaitStarted(GuardGeneration.THREADS);
        assertThat(generation.judge("guard", "in a hurry", Duration.ofMillis(100), Optional.empty())).isEqualTo(Verdict.NO_ANSWER);
        guard.letGo.countDown();
        for (Future<Verdict> f : waiting) assertThat(f.get(30, TimeUnit.SECONDS)).isEqualTo(Verdict.SAFE);
        Thread.sleep(300); // a queued question would start now that a thread is free
        assertThat(guard.started.get()).as("questions the guard was asked").isEqualTo(GuardGeneration.THREADS);
    }
}
