package aura.application.training;

import aura.application.training.port.TrainingJobs;
import aura.domain.problem.Conflict;
import aura.domain.problem.NotFound;
import aura.domain.training.TrainingJob;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * Cancels a queued or running job. A running job's runner learns it at its next write, which the queue refuses,
 * and stops there.
 */
@Singleton
public record CancelTrainingJob(TrainingJobs jobs, Clock clock) {
    /** @throws NotFound for an unknown job; @throws Conflict for one that already finished */
    public TrainingJob cancel(String jobId) {
        TrainingJob job = jobs.find(jobId).orElseThrow(() -> new NotFound("no training job " + jobId));
        if (!jobs.cancel(jobId, clock.instant())) {
            throw new Conflict("training job " + jobId + " already " + jobs.find(jobId).orElse(job).status().wireName());
        }
        return jobs.find(jobId).orElseThrow();
    }
}
