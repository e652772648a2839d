package aura.application.training.port;

import aura.domain.training.Dataset;
import aura.domain.training.DatasetTable;

import java.util.List;
import java.util.Optional;

/** The mesh's training datasets, kept in the shared database with their content. */
public interface Datasets {
    void add(Dataset dataset, DatasetTable table);

    /** Every dataset, newest first. */
    List<Dataset> all();

    Optional<Dataset> find(String id);

    Optional<DatasetTable> table(String id);
}
