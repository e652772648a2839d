package aura.domain.lnn;

/**
 * One recurrent step of a liquid network: {@code state ← f(input, state, Δt)}, {@code output ← g(state)}.
 *
 * <p>A cell is immutable and thread-safe: all mutable memory is the caller's {@code state}, {@code output} and
 * {@code scratch} arrays, so one cell can serve many concurrent sequences and a step allocates nothing.
 * Must hold for {@link #step}: {@code input.length == inputSize()}, every input finite,
 * {@code dt} finite and {@code > 0}, {@code state.length == stateSize()}, {@code output.length >= outputSize()},
 * {@code scratch.length >= scratchSize()}; otherwise it throws {@link IllegalArgumentException}.
 */
public sealed interface LiquidCell permits LtcCell, CfcCell, WiredCfcCell {

    CellSpec spec();

    default int inputSize() {
        return spec().inputSize();
    }

    /** The state size: the spec's N units. */
    default int stateSize() {
        return spec().units();
    }

    default int outputSize() {
        return spec().outputSize();
    }

    /** Doubles of scratch memory one {@link #step} needs. */
    int scratchSize();

    /** Advances {@code state} in place by {@code dt} and writes the cell output into {@code output}. */
    void step(double[] input, double dt, double[] state, double[] output, double[] scratch);

    /** The cell's parameters under their ncps cell names (no {@code rnn_cell.} prefix). */
    Parameters parameters();

    /** A fresh scratch buffer for {@link #step}. */
    default double[] newScratch() {
        return new double[scratchSize()];
    }
}
