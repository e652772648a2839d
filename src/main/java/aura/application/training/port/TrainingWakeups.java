package aura.application.training.port;

import java.time.Duration;

/**
 * Tells idle executors that a job was queued, so one claims it at once rather than at its next look at the queue.
 * Only a nudge: the queue stays in the database, and an executor that misses one finds the job at its next poll.
 */
public interface TrainingWakeups {
    void wake();

    /** Waits until woken or {@code atMost} passed. */
    void await(Duration atMost) throws InterruptedException;
}
