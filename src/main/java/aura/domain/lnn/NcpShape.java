package aura.domain.lnn;

/**
 * Layer sizes and fan-outs of a Neural Circuit Policy wiring (ncps {@code NCP} arguments).
 *
 * <p>Must hold: every layer has at least one neuron; {@code sensoryFanout <= inter},
 * {@code interFanout <= command}, {@code motorFanin <= command}; all fan values {@code >= 1} and
 * {@code recurrentCommandSynapses >= 0}.
 */
public record NcpShape(int inter, int command, int motor, int sensoryFanout, int interFanout,
                       int recurrentCommandSynapses, int motorFanin) {

    public NcpShape {
        if (inter < 1 || command < 1 || motor < 1) {
            throw new IllegalArgumentException("each NCP layer needs >= 1 neuron, got inter=" + inter
                    + ", command=" + command + ", motor=" + motor);
        }
        if (sensoryFanout < 1 || sensoryFanout > inter) {
            throw new IllegalArgumentException("sensory fanout must be in 1.." + inter + ", got " + sensoryFanout);
        }
        if (interFanout < 1 || interFanout > command) {
            throw new IllegalArgumentException("inter fanout must be in 1.." + command + ", got " + interFanout);
        }
        if (motorFanin < 1 || motorFanin > command) {
            throw new IllegalArgumentException("motor fanin must be in 1.." + command + ", got " + motorFanin);
        }
        if (recurrentCommandSynapses < 0) {
            throw new IllegalArgumentException("recurrent command synapses must be >= 0");
        }
    }

    /**
     * The AutoNCP sizing rules: with d = 1 - sparsity, command = max(int(0.4(units - out)), 1),
     * inter = units - out - command, fan-outs int(layer·d) (at least 1), recurrent = int(2·command·d).
     *
     * @param sparsityLevel in [0.1, 1.0]
     * @throws IllegalArgumentException unless {@code outputSize < units - 2}
     */
    public static NcpShape auto(int units, int outputSize, double sparsityLevel) {
        if (outputSize < 1 || outputSize >= units - 2) {
            throw new IllegalArgumentException("output size must be in 1.." + (units - 3) + " for " + units
                    + " units, got " + outputSize);
        }
        if (!(sparsityLevel >= 0.1 && sparsityLevel <= 1.0)) {
            throw new IllegalArgumentException("sparsity level must be in [0.1, 1.0], got " + sparsityLevel);
        }
        double density = 1.0 - sparsityLevel;
        int interAndCommand = units - outputSize;
        int command = Math.max((int) (0.4 * interAndCommand), 1);
        int inter = interAndCommand - command;
        return new NcpShape(inter, command, outputSize,
                Math.max((int) (inter * density), 1),
                Math.max((int) (command * density), 1),
                Math.max((int) (command * density * 2), 1),
                Math.max((int) (command * density), 1));
    }

    /** AutoNCP with the ncps default sparsity 0.5. */
    public static NcpShape auto(int units, int outputSize) {
        return auto(units, outputSize, 0.5);
    }

    public int units() {
        return inter + command + motor;
    }
}
