package aura.application.training;

import aura.application.training.port.TrainingJobs;
import aura.domain.training.TrainingJob;
import jakarta.inject.Singleton;

import java.util.List;

/** Every training job of the mesh, newest first. */
@Singleton
public class ListTrainingJobs {
    private final TrainingJobs jobs;

    public ListTrainingJobs(TrainingJobs jobs) {
        this.jobs = jobs;
    }

    public List<TrainingJob> list() {
        return jobs.all();
    }
}
