package aura.domain.training;

import aura.domain.problem.InvalidInput;

/** Where a job's rows come from: {@code dataset:<id>}, a dataset stored in the shared database. */
public record TrainingData(String datasetId) {
    private static final String DATASET = "dataset:";

    public TrainingData {
        if (datasetId == null || datasetId.isBlank()) {
            throw new IllegalArgumentException("a dataset id is required");
        }
    }

    /** @throws InvalidInput naming {@code training_data} unless it is {@code dataset:<id>} */
    public static TrainingData parse(String text) {
        if (text == null || !text.startsWith(DATASET) || text.length() == DATASET.length()) {
            throw new InvalidInput("training_data", "training_data is dataset:<id> (the id POST "
                    + "/api/training/datasets answered)");
        }
        return new TrainingData(text.substring(DATASET.length()));
    }

    public String wireName() {
        return DATASET + datasetId;
    }
}
