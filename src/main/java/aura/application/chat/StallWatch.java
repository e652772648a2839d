package aura.application.chat;

import aura.domain.chat.TokenSink;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Cancels a generation that produces no token for too long: the first token may take {@code firstToken} (model
 * loading), each next one {@code between}. Close it when the generation ends.
 */
final class StallWatch implements AutoCloseable {
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "stall-watch");
        t.setDaemon(true);
        return t;
    });

    private final Cancellation cancel;
    private final long firstTokenNanos;
    private final long betweenNanos;
    private final long started = System.nanoTime();
    private volatile long lastToken = -1;
    private volatile long firstTokenAt = -1;
    private final ScheduledFuture<?> check;

    StallWatch(Cancellation cancel, Duration firstToken, Duration between) {
        this.cancel = cancel;
        this.firstTokenNanos = firstToken.toNanos();
        this.betweenNanos = between.toNanos();
        long period = Math.max(10, Math.min(between.toMillis(), firstToken.toMillis()) / 5);
        this.check = TIMER.scheduleAtFixedRate(this::check, period, period, TimeUnit.MILLISECONDS);
    }

    /** Wraps {@code sink} so every token resets the clock. */
    TokenSink watching(TokenSink sink) {
        return text -> {
            long now = System.nanoTime();
            if (firstTokenAt < 0) firstTokenAt = now;
            lastToken = now;
            sink.token(text);
        };
    }

    /** Milliseconds from the start to the first token, or -1 if none came. */
    long firstTokenMillis() {
        return firstTokenAt < 0 ? -1 : (firstTokenAt - started) / 1_000_000;
    }

    private void check() {
        long now = System.nanoTime();
        boolean stalled = lastToken < 0 ? now - started > firstTokenNanos : now - lastToken > betweenNanos;
        if (stalled) {
            cancel.cancel();
            check.cancel(false);
        }
    }

    @Override
    public void close() {
        check.cancel(false);
    }
}
