package aura.application.training;

import aura.application.training.port.Datasets;
import aura.application.training.port.TrainingSources;
import aura.domain.problem.InvalidInput;
import aura.domain.training.Dataset;
import aura.domain.training.DatasetTable;
import aura.domain.training.PromptPair;
import aura.domain.training.TrainingData;
import aura.domain.training.TrainingJob;

import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;

/**
 * What a job trains on, read the same way when it is asked for and each time it runs: a table of numbers for
 * kind lnn, prompt-completion pairs for kind lora. Rows written after the job was asked for are left out, so a
 * resumed attempt replays exactly the rows of the first.
 */
@Singleton
record JobData(Datasets datasets, TrainingSources sources) {
    static final String PROMPT = "prompt";
    static final String COMPLETION = "completion";

    /** @throws InvalidInput naming {@code training_data} or {@code columns} when the data is not there */
    DatasetTable table(TrainingJob job, boolean admin) {
        TrainingData data = job.request().data();
        return switch (data.source()) {
            case DATASET -> datasets.table(dataset(job, admin).id()).orElseThrow(() -> gone(data));
            case METRICS -> sources.metricHistory(data.name(), job.created()).orElseThrow(() -> new InvalidInput(
                    "training_data", "the mesh knows no node '" + data.name() + "'"));
            case CONVERSATIONS -> throw new InvalidInput("training_data", "conversations:<persona> trains kind lora;"
                    + " kind lnn trains on dataset:<id> or metrics:<node>");
        };
    }

    /** @throws InvalidInput naming {@code training_data} or {@code columns} when the data is not there */
    List<PromptPair> pairs(TrainingJob job, boolean admin) {
        TrainingData data = job.request().data();
        return switch (data.source()) {
            case DATASET -> {
                Dataset d = dataset(job, admin);
                for (String column : List.of(PROMPT, COMPLETION)) {
                    if (!d.columns().contains(column)) {
                        throw new InvalidInput("columns", "dataset " + d.id() + " has no column '" + column
                                + "'; kind lora needs 'prompt' and 'completion', it has " + d.columns());
                    }
                }
                DatasetTable t = datasets.table(d.id()).orElseThrow(() -> gone(data));
                int p = t.columns().indexOf(PROMPT);
                int c = t.columns().indexOf(COMPLETION);
                List<PromptPair> out = new ArrayList<>();
                for (int r = 0; r < t.rows().size(); r++) {
                    out.add(new PromptPair("row " + (r + 1), t.rows().get(r).get(p), t.rows().get(r).get(c)));
                }
                yield out;
            }
            case CONVERSATIONS -> {
                if (!sources.personaExists(data.name())) {
                    throw new InvalidInput("training_data", "there is no persona '" + data.name() + "'");
                }
                yield sources.conversations(data.name(), job.createdBy(), job.created());
            }
            case METRICS -> throw new InvalidInput("training_data", "metrics:<node> trains kind lnn; kind lora trains"
                    + " on dataset:<id> (columns prompt, completion) or conversations:<persona>");
        };
    }

    private Dataset dataset(TrainingJob job, boolean admin) {
        TrainingData data = job.request().data();
        return datasets.find(data.name()).filter(d -> admin || d.createdBy().equals(job.createdBy()))
                .orElseThrow(() -> new InvalidInput("training_data", "no dataset " + data.name()));
    }

    static List<PromptPair> split(List<PromptPair> pairs, PromptPair.Split split) {
        return pairs.stream().filter(p -> p.split() == split).toList();
    }

    private static InvalidInput gone(TrainingData data) {
        return new InvalidInput("training_data", "dataset " + data.name() + " is gone");
    }
}
