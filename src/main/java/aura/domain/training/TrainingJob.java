package aura.domain.training;

import java.time.Instant;

/**
 * A training job as the queue holds it: the request, its status and progress, the node running it (or that ran it
 * last), the attempt (1 for the first claim, one more for each resume elsewhere), the checkpoints written, and the
 * error of a failed job.
 */
public record TrainingJob(String id, TrainingRequest request, JobStatus status, JobProgress progress, String node,
                          int attempt, int checkpoints, String error, String createdBy, Instant created,
                          Instant started, Instant updated) {
    public TrainingJob {
        if (id == null || request == null || status == null || progress == null || created == null || updated == null) {
            throw new IllegalArgumentException("a job needs an id, a request, a status, progress and times");
        }
    }

    /** A job just asked for, waiting in the queue. */
    public static TrainingJob queued(String id, TrainingRequest request, String createdBy, Instant at) {
        return new TrainingJob(id, request, JobStatus.QUEUED, JobProgress.start(), null, 0, 0, null, createdBy, at, null,
                at);
    }
}
