package aura.application.training;

import aura.application.training.port.Datasets;
import aura.domain.training.Dataset;
import jakarta.inject.Singleton;

import java.util.List;

/** The mesh's datasets, newest first. */
@Singleton
public record ListDatasets(Datasets datasets) {
    public List<Dataset> list() {
        return datasets.all();
    }
}
