package aura.adapters.out.jdbc;


import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Rows read on every request (an account, an API key, a budget), remembered for {@link #FOR} so the request does
 * not read them again: the mesh's promise that a change made on another node is honoured within the second. A
 * change made through this node calls {@link #forget} after its write, so it is seen here at once (a read that
 * raced the write finishes before it, and the next read sees the new row). Absent rows are remembered too, as
 * an empty value.
 * <p>
 * A row asked for again after {@link #REFRESH_AFTER} is read again in the background while the request gets the
 * value it has, so a row in steady use never expires: the request that would have read it (once a second, on the
 * event loop when it was the security filter's) no longer waits for the database, and an API key stays on the
 * filter's short way. A value is never older than {@link #FOR}, counted from when its read began; a refresh that
 * finds the row forgotten or replaced meanwhile is dropped, so a change through this node still shows at once.
 */
final class Remembered<V> {
    static final Duration FOR = Duration.ofSeconds(1);
    static final Duration REFRESH_AFTER = FOR.dividedBy(2);
    private static final long FOR_NANOS = FOR.toNanos();
    private static final long REFRESH_NANOS = REFRESH_AFTER.toNanos();
    private static final int SWEEP_ABOVE = 10_000;

    /**
     * Where the refreshes run: two daemon threads of their own, not the common pool, since a refresh waits for the
     * database and the common pool has one thread on a two-core machine, shared with whatever else uses it.
     */
    private static final Executor REFRESHES = refreshThreads();

    /**
     * A value, how it was read and when the read began ({@link System#nanoTime}); compared by identity, so a
     * refresh replaces only what it read after.
     */
    private static final class Read<V> {
        final Optional<V> value;
        final Function<String, Optional<V>> read;
        final long startedNanos;

        Read(Optional<V> value, Function<String, Optional<V>> read, long startedNanos) {
            this.value = value;
            this.read = read;
            this.startedNanos = startedNanos;
        }
    }

    /**
     * Kept in a plain map, each value checked against its own age: every authenticated request asks it, and a
     * cache's bookkeeping on each read (its read buffer, a variable expiry) was most of the cost of asking.
     * Expired values are swept when the map outgrows {@link #SWEEP_ABOVE}, so it holds little more than what was
     * read within the second.
     */
    private final ConcurrentHashMap<String, Read<V>> recent = new ConcurrentHashMap<>();
    private final Set<String> refreshing = ConcurrentHashMap.newKeySet();
    private final Executor background;

    Remembered() {
        this(REFRESHES);
    }

    /** {@code background} runs the refreshes (a test passes one that runs them at once). */
    Remembered(Executor background) {
        this.background = background;
    }

    /** The value as read at most {@link #FOR} ago, reading it now with {@code read} if it is not remembered. */
    Optional<V> get(String key, Function<String, Optional<V>> read) {
        Read<V> known = recent.get(key);
        if (known == null || expired(known)) {
            known = recent.compute(key, (k, old) -> old != null && !expired(old) ? old : readNow(k, read));
            if (recent.size() > SWEEP_ABOVE) recent.values().removeIf(Remembered::expired);
        } else {
            refreshIfOld(key, known);
        }
        return known.value;
    }

    /**
     * The value if it was read less than {@link #FOR} ago and found; empty otherwise. Never reads on the calling
     * thread; an old value is refreshed in the background.
     */
    Optional<V> ifRemembered(String key) {
        Read<V> known = recent.get(key);
        if (known == null || expired(known)) return Optional.empty();
        refreshIfOld(key, known);
        return known.value;
    }

    void forget(String key) {
        recent.remove(key);
    }

    private static <V> Read<V> readNow(String key, Function<String, Optional<V>> read) {
        long started = System.nanoTime();
        return new Read<>(read.apply(key), read, started);
    }

    private static boolean expired(Read<?> read) {
        return System.nanoTime() - read.startedNanos >= FOR_NANOS;
    }

    private void refreshIfOld(String key, Read<V> known) {
        if (System.nanoTime() - known.startedNanos < REFRESH_NANOS) return;
        if (!refreshing.add(key)) return;
        try {
            background.execute(() -> {
                try {
                    recent.replace(key, known, readNow(key, known.read));
                } catch (RuntimeException unreadable) {
                    // Left to expire: the next request that needs it reads it itself, under the store's outage mapping.
                } finally {
                    refreshing.remove(key);
                }
            });
        } catch (RuntimeException rejected) {
            refreshing.remove(key);
        }
    }

    private static Executor refreshThreads() {
        var pool = new ThreadPoolExecutor(2, 2, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), task -> {
            Thread thread = new Thread(task, "rows-read-lately");
            thread.setDaemon(true);
            return thread;
        });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }
}
