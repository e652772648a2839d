package aura.domain.lnn;

import java.util.List;

/**
 * Which neurons talk to which: the recurrent adjacency [N,N] and the sensory adjacency [M,N], both indexed
 * {@code [pre, post]} with entries -1, 0, +1. Motor neurons are units {@code 0..motorSize-1}.
 *
 * <p>A wiring is data: it is generated once (from a {@link java.util.SplittableRandom} seed) and then stored in
 * the model file, never regenerated. Must hold: {@code adjacency} is units×units, {@code sensoryAdjacency} is
 * inputSize×units, {@code 1 <= motorSize <= units}.
 */
public sealed interface Wiring permits FullyConnectedWiring, NcpWiring {

    /** The kind's name in the model file: {@code fully_connected} or {@code ncp}. */
    String kind();

    int units();

    int motorSize();

    Adjacency adjacency();

    Adjacency sensoryAdjacency();

    default int inputSize() {
        return sensoryAdjacency().rows();
    }

    /**
     * Neuron ids per layer, ascending within a layer, in the order a {@link WiredCfcCell} runs them
     * (NCP: inter, command, motor; fully connected: one layer of all units).
     */
    List<int[]> layers();

    /** Checks the shared shape invariants; called by the implementations' constructors. */
    static void checkShapes(int units, int motorSize, Adjacency adjacency, Adjacency sensory) {
        if (units < 1) {
            throw new IllegalArgumentException("a wiring needs at least one unit, got " + units);
        }
        if (motorSize < 1 || motorSize > units) {
            throw new IllegalArgumentException("motor size must be in 1.." + units + ", got " + motorSize);
        }
        if (adjacency.rows() != units || adjacency.cols() != units) {
            throw new IllegalArgumentException("adjacency must be " + units + "x" + units + ", is "
                    + adjacency.rows() + "x" + adjacency.cols());
        }
        if (sensory.cols() != units || sensory.rows() < 1) {
            throw new IllegalArgumentException("sensory adjacency must be Mx" + units + " with M >= 1, is "
                    + sensory.rows() + "x" + sensory.cols());
        }
    }
}
