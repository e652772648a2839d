package aura.application.training;

import aura.application.auth.Caller;
import aura.application.training.port.TrainingJobs;
import aura.domain.problem.NotFound;
import aura.domain.training.TrainingJob;
import jakarta.inject.Singleton;

/** One job as it stands now; another person's job is not found (an admin sees every job). */
@Singleton
public record ShowTrainingJob(TrainingJobs jobs) {
    public TrainingJob show(Caller caller, String jobId) {
        return jobs.find(jobId).filter(j -> caller.admin() || caller.userId().equals(j.createdBy()))
                .orElseThrow(() -> new NotFound("no training job " + jobId));
    }
}
