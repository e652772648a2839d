package aura.domain.tda;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * How long one computation may run, and whether its caller still wants the answer: the inner loops of the engine
 * call {@link #tick()} (cheap: most calls only count down) or {@link #check()}, which stop the work by throwing
 * {@link Expired} once the time is up, or a {@link CancellationException} once the caller has gone (or the thread
 * was interrupted). One deadline serves one computation on one thread.
 */
public final class Deadline {
    /** Ticks between two real checks: a few microseconds of work at the finest places that tick. */
    private static final int CHECK_EVERY = 1024;
    private static final Deadline NONE = new Deadline(null, () -> false);

    private final Duration limit;
    private final long end;
    private final BooleanSupplier abandoned;
    private int countdown = CHECK_EVERY;

    private Deadline(Duration limit, BooleanSupplier abandoned) {
        this.limit = limit;
        this.end = limit == null ? 0 : System.nanoTime() + limit.toNanos();
        this.abandoned = abandoned;
    }

    /** No time limit and no caller to lose (the interrupt of the thread still stops the work). */
    public static Deadline none() {
        return NONE;
    }

    /** Up in {@code limit} from now; {@code abandoned} says true once the caller no longer waits. */
    public static Deadline after(Duration limit, BooleanSupplier abandoned) {
        if (limit == null || limit.isNegative() || abandoned == null) {
            throw new IllegalArgumentException("a deadline needs a non-negative limit and an abandonment signal");
        }
        return new Deadline(limit, abandoned);
    }

    /** One small step of work done; checks for real every {@value #CHECK_EVERY} steps. */
    public void tick() {
        if (--countdown <= 0) {
            countdown = CHECK_EVERY;
            check();
        }
    }

    /** Stops the work now if the time is up or the caller has gone. */
    public void check() {
        if (Thread.currentThread().isInterrupted() || abandoned.getAsBoolean()) {
            throw new CancellationException("the caller no longer waits for this computation");
        }
        if (limit != null && System.nanoTime() - end > 0) {
            throw new Expired(limit);
        }
    }

    /** The computation ran past its limit; nothing of it is kept. */
    public static final class Expired extends RuntimeException {
        private final Duration limit;

        Expired(Duration limit) {
            super("ran past its time limit of " + limit.toMillis() + " ms", null, false, false);
            this.limit = limit;
        }

        public Duration limit() {
            return limit;
        }
    }
}
