package aura.application.training;

import java.time.Duration;

/**
 * How this node runs training jobs.
 *
 * @param lease           how long a claim holds without renewal; a runner renews it every third of that, so a dead
 *                        runner's job is claimed elsewhere at most one lease after its last renewal
 * @param checkpointEvery optimizer steps between checkpoints
 * @param keep            checkpoints kept per job (the newest)
 */
public record TrainingQueueSettings(Duration lease, int checkpointEvery, int keep) {
    public TrainingQueueSettings {
        if (lease == null || lease.isNegative() || lease.isZero() || checkpointEvery < 1 || keep < 1) {
            throw new IllegalArgumentException("a positive lease, checkpoint interval and number kept are required");
        }
    }
}
