package aura.domain.training;

import java.util.Locale;

/** Where a training job is: waiting, running on a node, or finished one of three ways. */
public enum JobStatus {
    QUEUED, TRAINING, COMPLETED, FAILED, CANCELLED;

    public boolean finished() {
        return this == COMPLETED || this == FAILED || this == CANCELLED;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
