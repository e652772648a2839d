package aura.application.training.port;

import aura.domain.training.JobClaim;
import aura.domain.training.JobProgress;
import aura.domain.training.LossPoint;
import aura.domain.training.TrainingJob;
import aura.domain.training.TrainingKind;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The training queue in the shared database. A job is claimed by one node at a time: the claim takes the oldest job
 * that is queued or whose runner's lease has run out, raises its fencing token and its attempt, and leases it to
 * the node; every later write names the claim and is refused (false) once another claim exists or the job left
 * {@code training} (cancelled).
 */
public interface TrainingJobs {
    void add(TrainingJob job);

    Optional<TrainingJob> find(String id);

    /** Every job, newest first. */
    List<TrainingJob> all();

    /** Cancels a queued or running job; false when it had already finished (or does not exist). */
    boolean cancel(String id, Instant at);

    /** Claims the oldest claimable job of one of {@code kinds} (those this node can run). */
    Optional<JobClaim> claim(String node, Set<TrainingKind> kinds, Instant now, Instant leaseUntil);

    boolean renew(JobClaim claim, Instant leaseUntil, Instant at);

    /** Writes the progress and, when it carries a loss, a point of the job's loss curve. */
    boolean report(JobClaim claim, JobProgress progress, Instant at);

    /** The job's loss curve, oldest first (at most the newest 5,000 points). */
    List<LossPoint> losses(String jobId);

    boolean fail(JobClaim claim, String error, Instant at);
}
