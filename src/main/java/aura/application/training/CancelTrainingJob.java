package aura.application.training;

import aura.application.auth.Caller;
import aura.application.training.port.TrainingJobs;
import aura.domain.problem.Conflict;
import aura.domain.problem.NotFound;
import aura.domain.training.TrainingJob;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * Cancels a queued or running job of the caller's (an admin: anyone's). A running job's runner learns it at its
 * next write, which the queue refuses, and stops there.
 */
@Singleton
public record CancelTrainingJob(TrainingJobs jobs, Clock clock) {
    /** @throws NotFound for an unknown job or another person's; @throws Conflict for one that already finished */
    public TrainingJob cancel(Caller caller, String jobId) {
        TrainingJob job = jobs.find(jobId).filter(j -> caller.admin() || caller.userId().equals(j.createdBy()))
                .orElseThrow(() -> new NotFound("no training job " + jobId));
        if (!jobs.cancel(jobId, clock.instant())) {
            throw new Conflict("training job " + jobId + " already " + jobs.find(jobId).orElse(job).status().wireName());
        }
        return jobs.find(jobId).orElseThrow();
    }
}
