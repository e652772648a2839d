package aura.domain.training;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** One version of a trained model: which job made it, from what, with its metrics (final losses and the like). */
public record ModelVersion(String name, int version, String jobId, TrainingKind kind, String baseModel,
                           Map<String, Double> metrics, Instant created) {
    public ModelVersion {
        if (name == null || version < 1 || jobId == null || kind == null || created == null) {
            throw new IllegalArgumentException("a model version needs a name, a version >= 1, a job, a kind and a time");
        }
        metrics = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    }

    /** How a person and the predict path name this version: {@code <name>:<version>}. */
    public String reference() {
        return name + ":" + version;
    }
}
