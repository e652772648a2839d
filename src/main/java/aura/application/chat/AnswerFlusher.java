package aura.application.chat;

import jakarta.inject.Singleton;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Writes every growing answer to the database on one timer thread, every {@link FlushInterval}: the generating
 * thread only appends text, and an answer that stalls still has everything shown so far stored.
 */
@Singleton
class AnswerFlusher implements AutoCloseable {
    private final Set<RecordedAnswer> growing = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "answer-flush");
        t.setDaemon(true);
        return t;
    });

    AnswerFlusher(FlushInterval interval) {
        long millis = interval.every().toMillis();
        timer.scheduleWithFixedDelay(this::flushAll, millis, millis, TimeUnit.MILLISECONDS);
    }

    void follow(RecordedAnswer answer) {
        growing.add(answer);
    }

    void forget(RecordedAnswer answer) {
        growing.remove(answer);
    }

    private void flushAll() {
        for (RecordedAnswer answer : growing) {
            try {
                answer.flush();
            } catch (RuntimeException e) {
                // the database is away for a moment: the text stays pending and the next tick tries again
            }
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
