package aura.application.training;

import aura.application.training.port.Datasets;
import aura.application.training.port.TrainingJobs;
import aura.domain.problem.InvalidInput;
import aura.domain.training.Dataset;
import aura.domain.training.TrainingJob;
import aura.domain.training.TrainingRequest;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.UUID;

/**
 * Queues a training job after checking what can be checked before it runs: the dataset exists and has the
 * columns asked for. A refused request queues nothing.
 */
@Singleton
public record StartTraining(Datasets datasets, TrainingJobs jobs, Clock clock) {
    /** @return the job's id */
    public String start(String userId, TrainingRequest request) {
        Dataset dataset = datasets.find(request.data().datasetId()).orElseThrow(() -> new InvalidInput(
                "training_data", "no dataset " + request.data().datasetId()));
        for (String column : request.columns()) {
            if (!dataset.columns().contains(column)) {
                throw new InvalidInput("columns", "dataset " + dataset.id() + " has no column '" + column + "'; it has "
                        + dataset.columns());
            }
        }
        int need = 2 * (request.window() + 1);
        if (dataset.rows() < need) {
            throw new InvalidInput("training_data", "dataset " + dataset.id() + " has " + dataset.rows()
                    + " rows; a window of " + request.window() + " needs at least " + need);
        }
        // every value a forecaster reads must be a number: said now, naming the row and column, not when it runs
        datasets.table(dataset.id()).ifPresent(t -> t.numbers(request.columns().isEmpty() ? t.columns()
                : request.columns()));
        TrainingJob job = TrainingJob.queued(UUID.randomUUID().toString(), request, userId, clock.instant());
        jobs.add(job);
        return job.id();
    }
}
