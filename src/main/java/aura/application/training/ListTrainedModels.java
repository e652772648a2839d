package aura.application.training;

import aura.application.training.port.TrainedModels;
import aura.domain.training.ModelVersion;
import jakarta.inject.Singleton;

import java.util.List;

/** Every model version a job produced, newest first, with its metrics. */
@Singleton
public record ListTrainedModels(TrainedModels models) {
    public List<ModelVersion> list() {
        return models.all();
    }
}
