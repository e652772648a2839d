package aura.domain.training;

/**
 * A node's hold on a job: the fencing token it got when it claimed it, and the attempt that claim is. Every write
 * a runner makes names its fence, and the queue takes it only while no later claim exists and the job still runs.
 */
public record JobClaim(TrainingJob job, long fence) {
    public JobClaim {
        if (job == null) {
            throw new IllegalArgumentException("a claim needs its job");
        }
    }

    public String jobId() {
        return job.id();
    }

    public int attempt() {
        return job.attempt();
    }
}
