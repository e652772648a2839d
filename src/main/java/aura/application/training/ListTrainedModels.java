package aura.application.training;

import aura.application.training.port.TrainedModels;
import aura.domain.training.ModelVersion;
import jakarta.inject.Singleton;

import java.util.List;

/** Every model version a job produced, newest first, with its metrics. */
@Singleton
public class ListTrainedModels {
    private final TrainedModels models;

    public ListTrainedModels(TrainedModels models) {
        this.models = models;
    }

    public List<ModelVersion> list() {
        return models.all();
    }
}
