package aura.application.training;

import aura.application.training.port.Datasets;
import aura.domain.training.Dataset;
import aura.domain.training.DatasetTable;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.UUID;

/** Stores an uploaded table as a dataset every node can train on. */
@Singleton
public record AddDataset(Datasets datasets, Clock clock) {
    /** @throws aura.domain.problem.InvalidInput naming {@code name} when the name is not a dataset name */
    public Dataset add(String userId, String name, DatasetTable table) {
        Dataset dataset = new Dataset(UUID.randomUUID().toString(), Dataset.checkName(name), table.columns(),
                table.rows().size(), userId, clock.instant());
        datasets.add(dataset, table);
        return dataset;
    }
}
