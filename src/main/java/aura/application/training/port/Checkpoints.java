package aura.application.training.port;

import aura.domain.training.JobClaim;

import java.time.Instant;
import java.util.Optional;

/** Checkpoints of running jobs, where every node can read them (the shared database). */
public interface Checkpoints {
    /**
     * Stores a checkpoint and counts it on its job, in one transaction, only while {@code claim} is the job's latest
     * and it still runs; keeps the newest {@code keep}.
     *
     * @return false when the claim was refused (nothing stored)
     */
    boolean save(JobClaim claim, long step, byte[] state, int keep, Instant at);

    /** The newest checkpoint of the job, by step. */
    Optional<byte[]> latest(String jobId);
}
