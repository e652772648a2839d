package aura.application.training;

import aura.application.auth.Caller;
import aura.application.training.port.TrainedModels;
import aura.application.training.port.TrainingJobs;
import aura.domain.training.ModelVersion;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Every model version the caller's jobs produced (an admin: every job's), newest first, with its metrics. */
@Singleton
public record ListTrainedModels(TrainedModels models, TrainingJobs jobs) {
    public List<ModelVersion> list(Caller caller) {
        if (caller.admin()) return models.all();
        Set<String> own = jobs.all().stream().filter(j -> caller.userId().equals(j.createdBy()))
                .map(j -> j.id()).collect(Collectors.toSet());
        return models.all().stream().filter(m -> own.contains(m.jobId())).toList();
    }
}
