package aura.application.chat;

import aura.domain.problem.Unavailable;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Background work with a limit: at most {@code threads} run and {@code queue} wait. A caller first reserves a
 * place, before it stores anything, so a saturated node refuses with 503 and Retry-After and changes nothing,
 * instead of starting threads without limit.
 */
public final class BoundedWork {
    static final Duration RETRY_AFTER = Duration.ofSeconds(2);

    private final String name;
    private final Semaphore places;
    private final ExecutorService threads;

    public BoundedWork(String name, int threads, int queue) {
        if (threads < 1 || queue < 0) throw new IllegalArgumentException("bounded work needs a thread and a queue >= 0");
        this.name = name;
        this.places = new Semaphore(threads + queue);
        AtomicInteger count = new AtomicInteger();
        var pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, name + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        pool.allowCoreThreadTimeOut(true);
        this.threads = pool;
    }

    /** A place for one piece of work; refused with {@link Unavailable} when every place is taken. */
    public Place reserve() {
        if (!places.tryAcquire()) {
            throw new Unavailable("this node is busy with as many " + name + "s as it takes; try again shortly", RETRY_AFTER);
        }
        return new Place();
    }

    /** A reserved place: run work in it once, or give it back. */
    public final class Place {
        private final AtomicBoolean used = new AtomicBoolean();

        private Place() {
        }

        public void run(Runnable work) {
            if (!used.compareAndSet(false, true)) throw new IllegalStateException("a place runs one piece of work");
            threads.execute(() -> {
                try {
                    work.run();
                } finally {
                    places.release();
                }
            });
        }

        /** Gives the place back if no work was started in it (the caller failed before). */
        public void release() {
            if (used.compareAndSet(false, true)) places.release();
        }
    }
}
