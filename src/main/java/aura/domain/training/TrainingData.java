package aura.domain.training;

import aura.domain.problem.InvalidInput;

import java.util.Locale;

/**
 * Where a job's rows come from: {@code dataset:<id>} (a dataset stored in the shared database),
 * {@code metrics:<node>} (that node's metric history, one column a metric) or {@code conversations:<persona>}
 * (prompt-completion pairs from the stored conversations with that persona).
 */
public record TrainingData(Source source, String name) {
    public enum Source {
        DATASET, METRICS, CONVERSATIONS;

        public String prefix() {
            return name().toLowerCase(Locale.ROOT) + ":";
        }
    }

    public TrainingData {
        if (source == null || name == null || name.isBlank()) {
            throw new IllegalArgumentException("a source and a name are required");
        }
    }

    public TrainingData(String datasetId) {
        this(Source.DATASET, datasetId);
    }

    /** @throws InvalidInput naming {@code training_data} unless it is one of the three forms */
    public static TrainingData parse(String text) {
        if (text != null) {
            for (Source s : Source.values()) {
                if (text.startsWith(s.prefix()) && text.length() > s.prefix().length()) {
                    return new TrainingData(s, text.substring(s.prefix().length()));
                }
            }
        }
        throw new InvalidInput("training_data", "training_data is dataset:<id> (the id POST "
                + "/api/training/datasets answered), metrics:<node> or conversations:<persona>");
    }

    /** The dataset's id; for the other sources, the node or persona. */
    public String datasetId() {
        return name;
    }

    public String wireName() {
        return source.prefix() + name;
    }
}
