package aura.application.training;

import aura.application.training.port.TrainingJobs;
import aura.domain.problem.NotFound;
import aura.domain.training.TrainingJob;
import jakarta.inject.Singleton;

/** One job as it stands now. */
@Singleton
public record ShowTrainingJob(TrainingJobs jobs) {
    public TrainingJob show(String jobId) {
        return jobs.find(jobId).orElseThrow(() -> new NotFound("no training job " + jobId));
    }
}
