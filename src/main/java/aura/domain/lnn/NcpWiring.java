package aura.domain.lnn;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * A Neural Circuit Policy: sensory → inter → command (with recurrent command synapses) → motor.
 * Neuron ids run {@code [motor 0..m-1 | command | inter]}, as in ncps.
 *
 * <p>Must hold: the adjacencies have the shapes of {@link Wiring}; units = inter + command + motor.
 * {@link #generate} also guarantees that every inter neuron has a sensory input, every command neuron an
 * inter input and a motor output, and polarities are ±1 with equal odds.
 */
public record NcpWiring(int inter, int command, int motor, Adjacency adjacency, Adjacency sensoryAdjacency)
        implements Wiring {

    public NcpWiring {
        if (inter < 1 || command < 1 || motor < 1) {
            throw new IllegalArgumentException("each NCP layer needs >= 1 neuron");
        }
        Wiring.checkShapes(inter + command + motor, motor, adjacency, sensoryAdjacency);
    }

    /** Draws an NCP wiring with the given shape for {@code inputSize} sensory neurons. */
    public static NcpWiring generate(NcpShape shape, int inputSize, long seed) {
        if (inputSize < 1) {
            throw new IllegalArgumentException("input size must be >= 1, got " + inputSize);
        }
        int units = shape.units();
        int[] motorIds = IntStream.range(0, shape.motor()).toArray();
        int[] commandIds = IntStream.range(shape.motor(), shape.motor() + shape.command()).toArray();
        int[] interIds = IntStream.range(shape.motor() + shape.command(), units).toArray();
        int[] sensoryIds = IntStream.range(0, inputSize).toArray();
        SplittableRandom rng = new SplittableRandom(seed);
        int[] sens = new int[inputSize * units];
        int[] rec = new int[units * units];

        // sensory -> inter, then inter -> command, each with a repair for targets nobody reached
        fanOut(rng, sensoryIds, interIds, shape.sensoryFanout(), sens, units);
        fanOut(rng, interIds, commandIds, shape.interFanout(), rec, units);
        for (int k = 0; k < shape.recurrentCommandSynapses(); k++) {
            int src = commandIds[rng.nextInt(commandIds.length)];
            int dst = commandIds[rng.nextInt(commandIds.length)];
            rec[src * units + dst] = sign(rng);
        }
        commandToMotor(rng, commandIds, motorIds, shape.motorFanin(), rec, units);
        return new NcpWiring(shape.inter(), shape.command(), shape.motor(),
                new Adjacency(units, units, rec), new Adjacency(inputSize, units, sens));
    }

    /** Each source reaches {@code fanout} distinct targets; unreached targets get int(S·fanout/T) sources. */
    private static void fanOut(SplittableRandom rng, int[] sources, int[] targets, int fanout, int[] adj,
                               int cols) {
        boolean[] reached = new boolean[targets.length];
        for (int src : sources) {
            for (int t : sample(rng, targets.length, fanout)) {
                reached[t] = true;
                adj[src * cols + targets[t]] = sign(rng);
            }
        }
        int fanin = clip(sources.length * fanout / targets.length, sources.length);
        for (int t = 0; t < targets.length; t++) {
            if (!reached[t]) {
                for (int s : sample(rng, sources.length, fanin)) {
                    adj[sources[s] * cols + targets[t]] = sign(rng);
                }
            }
        }
    }

    /** Each motor neuron gets {@code fanin} commands; a command with no output gets int(m·fanin/c) motors. */
    private static void commandToMotor(SplittableRandom rng, int[] commands, int[] motors, int fanin, int[] adj,
                                       int cols) {
        boolean[] used = new boolean[commands.length];
        for (int dst : motors) {
            for (int c : sample(rng, commands.length, fanin)) {
                used[c] = true;
                adj[commands[c] * cols + dst] = sign(rng);
            }
        }
        int fanout = clip(motors.length * fanin / commands.length, motors.length);
        for (int c = 0; c < commands.length; c++) {
            if (!used[c]) {
                for (int m : sample(rng, motors.length, fanout)) {
                    adj[commands[c] * cols + motors[m]] = sign(rng);
                }
            }
        }
    }

    /** {@code k} distinct indices from {@code 0..n-1} (partial Fisher–Yates). */
    private static int[] sample(SplittableRandom rng, int n, int k) {
        int[] idx = IntStream.range(0, n).toArray();
        for (int i = 0; i < k; i++) {
            int j = i + rng.nextInt(n - i);
            int tmp = idx[i];
            idx[i] = idx[j];
            idx[j] = tmp;
        }
        return java.util.Arrays.copyOf(idx, k);
    }

    private static int clip(int value, int max) {
        return Math.max(1, Math.min(value, max));
    }

    private static int sign(SplittableRandom rng) {
        return rng.nextBoolean() ? 1 : -1;
    }

    @Override
    public String kind() {
        return "ncp";
    }

    @Override
    public int units() {
        return inter + command + motor;
    }

    @Override
    public int motorSize() {
        return motor;
    }

    /** Layers in WiredCfC order: inter, command, motor. */
    @Override
    public List<int[]> layers() {
        return List.of(IntStream.range(motor + command, units()).toArray(),
                IntStream.range(motor, motor + command).toArray(),
                IntStream.range(0, motor).toArray());
    }
}
