package aura.application.lnn.port;

import aura.application.lnn.Checkpointing;
import aura.application.lnn.TrainingProgress;
import aura.application.lnn.TrainingRun;
import aura.domain.lnn.Parameters;

/**
 * Fits a liquid network's parameters to a normalised metric series by gradient descent through time.
 * Implemented by an engine with autograd (DJL PyTorch); the engine starts on the first call, not before.
 */
public interface ForecasterTrainer {

    /**
     * Trains from {@code run.initial()} and returns the parameters with the lowest validation loss, under the
     * same names and shapes.
     *
     * @throws IllegalArgumentException when the run asks for a cell the trainer cannot train
     */
    Parameters train(TrainingRun run, TrainingProgress progress);

    /**
     * The same, resumable: starts from {@code checkpointing.resumeFrom()} when there is a state, hands its state
     * over every {@code checkpointing.every()} steps, and stops when {@code checkpointing} says so. A trainer that
     * cannot checkpoint trains from scratch.
     *
     * @throws aura.application.lnn.TrainingStopped when {@code checkpointing} ends the run
     */
    default Parameters train(TrainingRun run, TrainingProgress progress, Checkpointing checkpointing) {
        return train(run, progress);
    }
}
