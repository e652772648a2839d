package aura.domain.lnn;

import java.util.SplittableRandom;

/**
 * What a cell is, without its parameter values: enough to build it from named parameters, to initialise fresh
 * parameters as ncps does, and to write the model file header.
 */
public sealed interface CellSpec permits CfcSpec, WiredSpec {

    /** The cell's name in the model file: {@code ltc}, {@code cfc} or {@code wired_cfc}. */
    String kind();

    int inputSize();

    /** The state size N. */
    int units();

    /** The cell output size: motor neurons for LTC and wired CfC, N for a plain CfC. */
    int outputSize();

    /** Builds the cell from parameters named as ncps names them inside the cell. */
    LiquidCell build(Parameters cellParameters);

    /** Fresh parameters drawn with the ncps initialisers (the draws themselves differ from torch's). */
    Parameters initialise(SplittableRandom rng);
}
