package aura.application.training;

import aura.application.training.port.Datasets;
import aura.domain.training.Dataset;
import jakarta.inject.Singleton;

import java.util.List;

/** The mesh's datasets, newest first. */
@Singleton
public class ListDatasets {
    private final Datasets datasets;

    public ListDatasets(Datasets datasets) {
        this.datasets = datasets;
    }

    public List<Dataset> list() {
        return datasets.all();
    }
}
