package aura.domain.lnn;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Every unit connected to every unit, and every input to every unit, as ncps {@code FullyConnected}.
 * Polarities are drawn from {-1, +1, +1} (about two thirds excitatory).
 */
public record FullyConnectedWiring(int units, int motorSize, Adjacency adjacency, Adjacency sensoryAdjacency)
        implements Wiring {

    public FullyConnectedWiring {
        Wiring.checkShapes(units, motorSize, adjacency, sensoryAdjacency);
    }

    /**
     * Draws a fully connected wiring.
     *
     * @param selfConnections whether a unit synapses onto itself (ncps default true)
     */
    public static FullyConnectedWiring generate(int units, int motorSize, int inputSize, boolean selfConnections,
                                                long seed) {
        if (units < 1 || inputSize < 1) {
            throw new IllegalArgumentException("units and input size must be >= 1, got " + units + ", " + inputSize);
        }
        SplittableRandom rng = new SplittableRandom(seed);
        int[] rec = new int[units * units];
        for (int src = 0; src < units; src++) {
            for (int dst = 0; dst < units; dst++) {
                rec[src * units + dst] = (src == dst && !selfConnections) ? 0 : polarity(rng);
            }
        }
        int[] sens = new int[inputSize * units];
        for (int i = 0; i < sens.length; i++) {
            sens[i] = polarity(rng);
        }
        return new FullyConnectedWiring(units, motorSize, new Adjacency(units, units, rec),
                new Adjacency(inputSize, units, sens));
    }

    /** Shorthand: all units are outputs, self connections on. */
    public static FullyConnectedWiring generate(int units, int inputSize, long seed) {
        return generate(units, units, inputSize, true, seed);
    }

    private static int polarity(SplittableRandom rng) {
        return rng.nextInt(3) == 0 ? -1 : 1;
    }

    @Override
    public String kind() {
        return "fully_connected";
    }

    @Override
    public List<int[]> layers() {
        return List.of(IntStream.range(0, units).toArray());
    }
}
