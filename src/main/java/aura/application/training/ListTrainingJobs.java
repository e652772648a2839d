package aura.application.training;

import aura.application.training.port.TrainingJobs;
import aura.domain.training.TrainingJob;
import jakarta.inject.Singleton;

import java.util.List;

/** Every training job of the mesh, newest first. */
@Singleton
public record ListTrainingJobs(TrainingJobs jobs) {
    public List<TrainingJob> list() {
        return jobs.all();
    }
}
