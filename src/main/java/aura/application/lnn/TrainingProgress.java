package aura.application.lnn;

/** Hears about training as it goes; called on the training thread. */
@FunctionalInterface
public interface TrainingProgress {

    TrainingProgress NONE = report -> { };

    void epochFinished(EpochReport report);

    /**
     * One finished epoch: mean training and validation losses (MSE on normalised values), time so far.
     *
     * @param improved whether the validation loss is the best so far (those parameters are kept)
     */
    record EpochReport(int epoch, int epochs, double trainingLoss, double validationLoss, long elapsedNanos,
                       boolean improved) {

        /** Estimated nanoseconds left if every remaining epoch takes the mean time so far. */
        public long remainingNanos() {
            return epoch <= 0 ? 0 : elapsedNanos / epoch * (epochs - epoch);
        }
    }
}
