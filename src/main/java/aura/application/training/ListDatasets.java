package aura.application.training;

import aura.application.auth.Caller;
import aura.application.training.port.Datasets;
import aura.domain.training.Dataset;
import jakarta.inject.Singleton;

import java.util.List;

/** The caller's datasets (an admin's: the mesh's), newest first. */
@Singleton
public record ListDatasets(Datasets datasets) {
    public List<Dataset> list(Caller caller) {
        return datasets.all().stream().filter(d -> caller.admin() || d.createdBy().equals(caller.userId())).toList();
    }
}
