package aura.application.lnn;

import aura.domain.problem.InvalidInput;
import java.util.List;

/**
 * Train a forecaster on {@code series}, predicting {@code targets} (empty: every column) one step of
 * {@code dt} ahead.
 *
 * <p>Must hold: series, settings and progress not null; {@code dt} finite and {@code > 0}.
 */
public record TrainForecasterCommand(MetricSeries series, List<String> targets, TrainingSettings settings, double dt,
                                     TrainingProgress progress, Checkpointing checkpointing) {

    /** A run from scratch that is never interrupted. */
    public TrainForecasterCommand(MetricSeries series, List<String> targets, TrainingSettings settings, double dt,
                                  TrainingProgress progress) {
        this(series, targets, settings, dt, progress, Checkpointing.NONE);
    }

    public TrainForecasterCommand {
        if (series == null || settings == null) {
            throw new IllegalArgumentException("series and settings must not be null");
        }
        targets = targets == null ? List.of() : List.copyOf(targets);
        progress = progress == null ? TrainingProgress.NONE : progress;
        checkpointing = checkpointing == null ? Checkpointing.NONE : checkpointing;
        if (!(dt > 0) || !Double.isFinite(dt)) {
            throw new InvalidInput("dt", "dt must be finite and > 0, got " + dt);
        }
    }
}
