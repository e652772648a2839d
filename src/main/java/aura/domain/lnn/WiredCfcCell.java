package aura.domain.lnn;

import java.util.List;

/**
 * The wired CfC cell (see {@link WiredCfcSpec}). The state is the concatenation of the layer states in layer
 * order ([inter | command | motor] for NCP, not the wiring's neuron order); the output is the last layer's
 * state.
 *
 * <p>Must hold: a {@code layer_<l>.sparsity_mask} present in the parameters equals the mask derived from the
 * wiring (a model file whose mask disagrees with its adjacency is rejected).
 */
public final class WiredCfcCell implements LiquidCell {

    private final WiredCfcSpec spec;
    private final Parameters parameters;
    private final CfcCell[] layers;
    private final int[] stateOffset;
    private final int[] scratchOffset;
    private final int scratchSize;
    private final int outputSize;

    WiredCfcCell(WiredCfcSpec spec, Parameters p) {
        this.spec = spec;
        this.parameters = p;
        List<CfcSpec> specs = spec.layerSpecs();
        this.layers = new CfcCell[specs.size()];
        this.stateOffset = new int[specs.size()];
        this.scratchOffset = new int[specs.size()];
        int state = 0;
        int scratch = 0;
        for (int l = 0; l < layers.length; l++) {
            String prefix = "layer_" + l + ".";
            Tensor mask = spec.layerMask(l);
            if (p.has(prefix + "sparsity_mask") && !p.tensor(prefix + "sparsity_mask").equals(mask)) {
                throw new IllegalArgumentException(prefix + "sparsity_mask does not match the wiring's adjacency");
            }
            layers[l] = new CfcCell(specs.get(l), p.under(prefix), mask.data());
            stateOffset[l] = state;
            scratchOffset[l] = scratch;
            state += specs.get(l).units();
            scratch += layers[l].scratchSize();
        }
        this.scratchSize = scratch;
        this.outputSize = specs.get(specs.size() - 1).units();
    }

    @Override
    public void step(double[] input, double dt, double[] state, double[] output, double[] scratch) {
        StepChecks.check(this, input, dt, state, output, scratch);
        double[] in = input;
        int inOff = 0;
        for (int l = 0; l < layers.length; l++) {
            layers[l].advance(in, inOff, dt, state, stateOffset[l], scratch, scratchOffset[l]);
            in = state;
            inOff = stateOffset[l];
        }
        System.arraycopy(state, inOff, output, 0, outputSize);
    }

    @Override
    public WiredCfcSpec spec() {
        return spec;
    }

    @Override
    public int scratchSize() {
        return scratchSize;
    }

    @Override
    public Parameters parameters() {
        return parameters;
    }
}
