package aura.application.training;

import aura.application.auth.Caller;
import aura.application.chat.ListMeshModels;
import aura.application.training.port.TrainingJobs;
import aura.application.training.port.TrainingWakeups;
import aura.domain.problem.InvalidInput;
import aura.domain.training.DatasetTable;
import aura.domain.training.PromptPair;
import aura.domain.training.TrainingJob;
import aura.domain.training.TrainingKind;
import aura.domain.training.TrainingRequest;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Queues a training job after checking what can be checked before it runs: the data exists (a dataset of the
 * caller's, a node the mesh knows, a persona), has the columns asked for, and, for kind lora, the base model is
 * served somewhere in the mesh. A refused request queues nothing; a queued one wakes the idle executors.
 */
@Singleton
public record StartTraining(JobData data, TrainingJobs jobs, ListMeshModels meshModels, TrainingWakeups wakeups,
                            Clock clock) {
    /** @return the job's id */
    public String start(Caller caller, TrainingRequest request) {
        TrainingJob job = TrainingJob.queued(UUID.randomUUID().toString(), request, caller.userId(), clock.instant());
        if (request.kind() == TrainingKind.LORA) {
            checkLora(caller, job);
        } else {
            checkLnn(caller, job);
        }
        jobs.add(job);
        wakeups.wake();
        return job.id();
    }

    private void checkLnn(Caller caller, TrainingJob job) {
        TrainingRequest request = job.request();
        DatasetTable table = data.table(job, caller.admin());
        for (String column : request.columns()) {
            if (!table.columns().contains(column)) {
                throw new InvalidInput("columns", request.data().wireName() + " has no column '" + column
                        + "'; it has " + table.columns());
            }
        }
        int need = 2 * (request.window() + 1);
        if (table.rows().size() < need) {
            throw new InvalidInput("training_data", request.data().wireName() + " has " + table.rows().size()
                    + " rows; a window of " + request.window() + " needs at least " + need);
        }
        // every value a forecaster reads must be a number: said now, naming the row and column, not when it runs
        table.numbers(request.columns().isEmpty() ? table.columns() : request.columns());
    }

    private void checkLora(Caller caller, TrainingJob job) {
        TrainingRequest request = job.request();
        List<PromptPair> pairs = data.pairs(job, caller.admin());
        if (JobData.split(pairs, PromptPair.Split.TRAIN).isEmpty()) {
            throw new InvalidInput("training_data", request.data().wireName() + " has " + pairs.size()
                    + " prompt-completion pairs and none falls in the training split");
        }
        String base = request.baseModel();
        boolean served = meshModels.list().stream().anyMatch(m -> m.answersTo(base));
        if (!served) {
            throw new InvalidInput("base_model", "unknown base_model '" + base + "': no node of the mesh serves it");
        }
    }
}
