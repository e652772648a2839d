package aura.domain.lnn;

/** Argument checks shared by the cells' {@code step}; cheap enough for the hot path. */
final class StepChecks {

    private StepChecks() {
    }

    static void check(LiquidCell cell, double[] input, double dt, double[] state, double[] output,
                      double[] scratch) {
        if (input == null || input.length != cell.inputSize()) {
            throw new IllegalArgumentException("input must have " + cell.inputSize() + " values, got "
                    + (input == null ? "null" : input.length));
        }
        for (int i = 0; i < input.length; i++) {
            if (!Double.isFinite(input[i])) {
                throw new IllegalArgumentException("input[" + i + "] is " + input[i] + "; inputs must be finite");
            }
        }
        checkDt(dt);
        if (state == null || state.length != cell.stateSize()) {
            throw new IllegalArgumentException("state must have " + cell.stateSize() + " values, got "
                    + (state == null ? "null" : state.length));
        }
        if (output == null || output.length < cell.outputSize()) {
            throw new IllegalArgumentException("output needs room for " + cell.outputSize() + " values");
        }
        if (scratch == null || scratch.length < cell.scratchSize()) {
            throw new IllegalArgumentException("scratch needs " + cell.scratchSize() + " doubles");
        }
    }

    static void checkDt(double dt) {
        if (!(dt > 0) || !Double.isFinite(dt)) {
            throw new IllegalArgumentException("dt must be finite and > 0, got " + dt);
        }
    }
}
