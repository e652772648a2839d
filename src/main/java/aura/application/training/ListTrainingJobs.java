package aura.application.training;

import aura.application.auth.Caller;
import aura.application.training.port.TrainingJobs;
import aura.domain.training.TrainingJob;
import jakarta.inject.Singleton;

import java.util.List;

/** The caller's training jobs (an admin's: the mesh's), newest first. */
@Singleton
public record ListTrainingJobs(TrainingJobs jobs) {
    public List<TrainingJob> list(Caller caller) {
        return jobs.all().stream().filter(j -> caller.admin() || caller.userId().equals(j.createdBy())).toList();
    }
}
