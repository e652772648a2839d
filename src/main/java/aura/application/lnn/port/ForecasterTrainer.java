package aura.application.lnn.port;

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
}
