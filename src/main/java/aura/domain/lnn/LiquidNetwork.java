package aura.domain.lnn;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A sequence model: a {@link LiquidCell} and an optional output projection {@code fc} (a Linear from the cell
 * output to the network output, ncps {@code proj_size}). Parameters are named as in the ncps torch
 * {@code state_dict}: {@code rnn_cell.<cell name>}, {@code fc.weight} [P,K], {@code fc.bias} [P].
 *
 * <p>A network owns its hidden state and scratch memory, so it is <b>not</b> thread-safe; {@link #fork()} gives
 * an independent network sharing the immutable cell. The state starts at zero, as in ncps.
 */
public final class LiquidNetwork {

    public static final String CELL_PREFIX = "rnn_cell.";
    public static final String PROJECTION = "fc";

    private final LiquidCell cell;
    private final Linear projection;
    private final double[] state;
    private final double[] cellOutput;
    private final double[] scratch;

    private LiquidNetwork(LiquidCell cell, Linear projection) {
        this.cell = cell;
        this.projection = projection;
        this.state = new double[cell.stateSize()];
        this.cellOutput = new double[cell.outputSize()];
        this.scratch = cell.newScratch();
    }

    /** Builds a network from all its parameters; {@code fc.weight} present means there is a projection. */
    public static LiquidNetwork of(CellSpec spec, Parameters parameters) {
        LiquidCell cell = spec.build(parameters.under(CELL_PREFIX));
        Linear fc = null;
        if (parameters.has(PROJECTION + ".weight")) {
            int out = parameters.tensor(PROJECTION + ".weight").dim(0);
            fc = Linear.from(parameters, PROJECTION, spec.outputSize(), out);
        }
        return new LiquidNetwork(cell, fc);
    }

    /** A freshly initialised network; {@code projectionSize} 0 means no projection. */
    public static LiquidNetwork initialise(CellSpec spec, int projectionSize, long seed) {
        if (projectionSize < 0) {
            throw new IllegalArgumentException("projection size must be >= 0, got " + projectionSize);
        }
        SplittableRandom rng = new SplittableRandom(seed);
        Parameters p = spec.initialise(rng).prefixed(CELL_PREFIX);
        if (projectionSize > 0) {
            p = p.plus(Linear.xavier(rng, spec.outputSize(), projectionSize).toParameters(PROJECTION));
        }
        return of(spec, p);
    }

    /** An independent network with the same parameters and a zero state. */
    public LiquidNetwork fork() {
        return new LiquidNetwork(cell, projection);
    }

    /**
     * Advances one step of {@code dt} and writes the network output into {@code output}; allocates nothing.
     *
     * @throws IllegalArgumentException on a wrong input size, a non-finite input, or dt not finite and > 0
     */
    public void step(double[] input, double dt, double[] output) {
        if (output == null || output.length < outputSize()) {
            throw new IllegalArgumentException("output needs room for " + outputSize() + " values");
        }
        cell.step(input, dt, state, cellOutput, scratch);
        if (projection == null) {
            System.arraycopy(cellOutput, 0, output, 0, cellOutput.length);
        } else {
            projection.apply(cellOutput, 0, output, 0);
        }
    }

    /** Advances one step and returns the output in a new array. */
    public double[] step(double[] input, double dt) {
        double[] out = new double[outputSize()];
        step(input, dt, out);
        return out;
    }

    /**
     * Runs a whole sequence from the current state; returns one output row per input row.
     *
     * @param dts the elapsed time before each row, or null for Δt = 1 (the ncps default)
     */
    public double[][] run(double[][] sequence, double[] dts) {
        if (dts != null && dts.length != sequence.length) {
            throw new IllegalArgumentException("need one dt per row: " + sequence.length + " rows, "
                    + dts.length + " dts");
        }
        double[][] out = new double[sequence.length][];
        for (int t = 0; t < sequence.length; t++) {
            out[t] = step(sequence[t], dts == null ? 1.0 : dts[t]);
        }
        return out;
    }

    public void reset() {
        Arrays.fill(state, 0.0);
    }

    /** A copy of the hidden state. */
    public double[] state() {
        return state.clone();
    }

    public void setState(double[] newState) {
        if (newState == null || newState.length != state.length) {
            throw new IllegalArgumentException("state must have " + state.length + " values");
        }
        System.arraycopy(newState, 0, state, 0, state.length);
    }

    /** All parameters under their ncps torch names. */
    public Parameters parameters() {
        Parameters p = cell.parameters().prefixed(CELL_PREFIX);
        return projection == null ? p : p.plus(projection.toParameters(PROJECTION));
    }

    public CellSpec spec() {
        return cell.spec();
    }

    public LiquidCell cell() {
        return cell;
    }

    public int inputSize() {
        return cell.inputSize();
    }

    public int stateSize() {
        return cell.stateSize();
    }

    public int outputSize() {
        return projection == null ? cell.outputSize() : projection.out();
    }

    /** The projection's output size, or 0 when there is none. */
    public int projectionSize() {
        return projection == null ? 0 : projection.out();
    }
}
