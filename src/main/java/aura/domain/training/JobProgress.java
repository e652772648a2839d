package aura.domain.training;

/**
 * How far a running job is: the fraction done (0..1), the epoch in progress, the latest training and
 * validation losses (null until the first epoch ends) and the seconds left (null until known).
 */
public record JobProgress(double progress, int currentEpoch, Double loss, Double valLoss, Long etaSeconds) {
    public JobProgress {
        if (!(progress >= 0 && progress <= 1)) {
            throw new IllegalArgumentException("progress must be in 0..1, got " + progress);
        }
    }

    public static JobProgress start() {
        return new JobProgress(0, 0, null, null, null);
    }
}
