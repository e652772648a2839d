package aura.domain.lnn;

/**
 * Where a training run stands between two optimizer steps, exactly enough to go on as if it had never stopped:
 * the current parameters, Adam's moment estimates and step count, the epoch in progress and the position in its
 * shuffled order (the order itself is replayed from the seed: epoch e uses the e-th shuffle of a generator seeded
 * with the run's seed), the training loss summed so far in that epoch, the best parameters and validation loss
 * seen, the epochs since the best, and the training time spent.
 *
 * <p>Must hold: step, elapsed and stale {@code >= 0}; epoch {@code >= 1}; position {@code >= 0}; moments with the
 * names of the trainable parameters.
 */
public record TrainerState(long step, int epoch, int position, double epochLossSum, Parameters current,
                           Parameters firstMoments, Parameters secondMoments, Parameters best, double bestLoss,
                           int stale, long elapsedNanos) {
    public TrainerState {
        if (current == null || firstMoments == null || secondMoments == null || best == null) {
            throw new IllegalArgumentException("a trainer state needs parameters, moments and the best parameters");
        }
        if (step < 0 || epoch < 1 || position < 0 || stale < 0 || elapsedNanos < 0) {
            throw new IllegalArgumentException("step, epoch, position, stale and elapsed must not be negative");
        }
    }
}
