package aura.application.chat;

import aura.application.policy.port.GuardModel;
import aura.domain.chat.ChatTurn;
import aura.domain.chat.GenerationRequest;
import aura.domain.chat.ChatTurn.Speaker;
import aura.domain.routing.RoutingDecision;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The gatekeeper's guard model, asked through the mesh like any generation (routed, failed over, never charged:
 * it is nobody's request). It is told to answer one word; an answer naming neither SAFE nor UNSAFE, a failure or
 * no answer within the timeout is no verdict, and the gatekeeper's fail-open setting decides. A few threads of its
 * own and a short queue, so a slow guard cannot hold more than those: a question that finds them all busy and the
 * queue full has no verdict at once, and one whose caller stopped waiting is taken out of the queue (or
 * interrupted) instead of asking the guard for nobody.
 */
@Singleton
public class GuardGeneration implements GuardModel {
    static final String INSTRUCTION = "You are a gatekeeper in front of AI models. Read the user's message and answer "
            + "with exactly one word: UNSAFE if it asks for something harmful or gives away secrets or personal data, "
            + "SAFE otherwise.";
    static final int THREADS = 4;
    static final int QUEUED = 16;
    private final MeshGeneration generation;
    private final ThreadPoolExecutor threads = new ThreadPoolExecutor(THREADS, THREADS, 0, TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(QUEUED), r -> {
        Thread t = new Thread(r, "guard-model");
        t.setDaemon(true);
        return t;
    });

    public GuardGeneration(MeshGeneration generation) {
        this.generation = generation;
    }

    @Override
    public Verdict judge(String model, String text, Duration timeout, Optional<String> keptInMesh) {
        var request = new GenerationRequest(model, List.of(new ChatTurn(Speaker.SYSTEM, INSTRUCTION),
                new ChatTurn(Speaker.USER, text)), OptionalInt.of(8)).keptInMeshBy(keptInMesh);
        CompletableFuture<String> answer = new CompletableFuture<>();
        Future<?> asking;
        try {
            asking = threads.submit(() -> {
                try {
                    generation.run(request, Optional.empty(), new Collect(answer));
                } catch (RuntimeException e) {
                    answer.complete(null);
                }
            });
        } catch (RejectedExecutionException e) {
            return Verdict.NO_ANSWER;
        }
        try {
            String said = answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (said == null) return Verdict.NO_ANSWER;
            String word = said.strip().toUpperCase(Locale.ROOT);
            if (word.startsWith("UNSAFE")) return Verdict.UNSAFE;
            if (word.startsWith("SAFE")) return Verdict.SAFE;
            return Verdict.NO_ANSWER;
        } catch (TimeoutException e) {
            asking.cancel(true);
            threads.purge();
            return Verdict.NO_ANSWER;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Verdict.NO_ANSWER;
        } catch (java.util.concurrent.ExecutionException e) {
            return Verdict.NO_ANSWER;
        }
    }

    /** Questions waiting for a thread. */
    int queued() {
        return threads.getQueue().size();
    }

    private record Collect(CompletableFuture<String> answer) implements RoutedGeneration.Observer {
        @Override
        public void routed(String decisionId, RoutingDecision decision) {
        }

        @Override
        public void token(String text) {
        }

        @Override
        public void failover(String fromNode, String toNode, String reason) {
        }

        @Override
        public void done(RoutedGeneration.Result result) {
            answer.complete(result.text());
        }

        @Override
        public void failed(RoutedGeneration.Failure failure) {
            answer.complete(null);
        }
    }
}
