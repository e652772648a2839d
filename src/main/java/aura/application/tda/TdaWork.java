package aura.application.tda;

import aura.domain.problem.InvalidInput;
import aura.domain.problem.Unavailable;
import aura.domain.tda.Deadline;
import jakarta.inject.Singleton;

import java.util.concurrent.CancellationException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * Runs the node's TDA computations: at most {@link TdaLimits#concurrent()} at once (a caller beyond that is told to
 * come back later), each under the time limit, each stopped when its caller goes away. Counts what it stopped.
 */
@Singleton
public class TdaWork {
    private final TdaLimits limits;
    private final Semaphore slots;
    private final AtomicLong running = new AtomicLong();
    private final AtomicLong abandoned = new AtomicLong();
    private final AtomicLong expired = new AtomicLong();

    public TdaWork(TdaLimits limits) {
        this.limits = limits;
        this.slots = new Semaphore(limits.concurrent());
    }

    /**
     * Runs {@code task} in a free slot under a fresh deadline.
     *
     * @param field    the input that makes the work big, named when the time runs out
     * @param callerGone true once nobody waits for the answer any more
     * @throws Unavailable  when every slot is taken, or when the caller went away first
     * @throws InvalidInput when the task runs past the time limit
     */
    <T> T run(String field, BooleanSupplier callerGone, Function<Deadline, T> task) {
        if (!slots.tryAcquire()) {
            throw new Unavailable("this node is already running " + limits.concurrent()
                    + " TDA computation(s), its limit; try again shortly", limits.retryAfter());
        }
        running.incrementAndGet();
        try {
            return task.apply(Deadline.after(limits.timeLimit(), callerGone));
        } catch (Deadline.Expired e) {
            expired.incrementAndGet();
            throw new InvalidInput(field, "the computation " + e.getMessage() + "; ask for less");
        } catch (CancellationException e) {
            abandoned.incrementAndGet();
            // nobody reads this answer; it is a refusal only so that no door reports the caller's leaving as a fault
            throw new Unavailable("the caller went away, so the computation was stopped", limits.retryAfter());
        } finally {
            running.decrementAndGet();
            slots.release();
        }
    }

    /** Computations running now. */
    public long running() {
        return running.get();
    }

    /** Computations stopped because their caller went away, since the node started. */
    public long abandoned() {
        return abandoned.get();
    }

    /** Computations stopped at the time limit, since the node started. */
    public long expired() {
        return expired.get();
    }
}
