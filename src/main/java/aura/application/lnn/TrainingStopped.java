package aura.application.lnn;

/**
 * A run ended before its last epoch because whoever drives it said so (its job was cancelled, its lease was lost,
 * its node is shutting down). Not an error: nothing is returned and nothing more is written.
 */
public class TrainingStopped extends RuntimeException {
    public TrainingStopped(String why) {
        super(why, null, false, false);
    }
}
