package aura.domain.lnn;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A CfC over an NCP (or fully connected) wiring, as ncps torch {@code WiredCfCCell}: one backbone-free CfC per
 * wiring layer, run in the order of {@link Wiring#layers()}, each reading the previous layer's new state
 * (layer 0 reads x). Layer l's ff1 and ff2 are masked by {@code [|adjacency(prev → l)| ; ones(n_l × n_l)]ᵀ}.
 *
 * <p>Parameter names: {@code layer_<l>.ff1.weight}, …, and {@code layer_<l>.sparsity_mask} [n_l, in_l + n_l].
 * Must hold: wiring and mode not null.
 */
public record WiredCfcSpec(Wiring wiring, CfcMode mode) implements WiredSpec {

    public WiredCfcSpec {
        if (wiring == null || mode == null) {
            throw new IllegalArgumentException("wiring and mode must not be null");
        }
    }

    @Override
    public String kind() {
        return "wired_cfc";
    }

    @Override
    public int outputSize() {
        return wiring.layers().get(wiring.layers().size() - 1).length;
    }

    /** The backbone-free CfC spec of each layer. */
    List<CfcSpec> layerSpecs() {
        List<CfcSpec> specs = new ArrayList<>();
        int in = inputSize();
        for (int[] layer : wiring.layers()) {
            specs.add(new CfcSpec(in, layer.length, mode, Activation.LECUN_TANH, 0, 0));
            in = layer.length;
        }
        return specs;
    }

    /** Layer l's mask, units×(in + units) row-major: transposed input adjacency, then ones. */
    Tensor layerMask(int l) {
        List<int[]> layers = wiring.layers();
        int[] dst = layers.get(l);
        int in = l == 0 ? inputSize() : layers.get(l - 1).length;
        int width = in + dst.length;
        double[] mask = new double[dst.length * width];
        for (int j = 0; j < dst.length; j++) {
            for (int i = 0; i < in; i++) {
                int polarity = l == 0 ? wiring.sensoryAdjacency().get(i, dst[j])
                        : wiring.adjacency().get(layers.get(l - 1)[i], dst[j]);
                mask[j * width + i] = Math.abs(polarity);
            }
            for (int i = in; i < width; i++) {
                mask[j * width + i] = 1.0;
            }
        }
        return Tensor.matrix(dst.length, width, mask);
    }

    @Override
    public WiredCfcCell build(Parameters cellParameters) {
        return new WiredCfcCell(this, cellParameters);
    }

    @Override
    public Parameters initialise(SplittableRandom rng) {
        Parameters p = Parameters.empty();
        List<CfcSpec> specs = layerSpecs();
        for (int l = 0; l < specs.size(); l++) {
            p = p.plus(specs.get(l).initialise(rng).prefixed("layer_" + l + "."))
                    .with("layer_" + l + ".sparsity_mask", layerMask(l));
        }
        return p;
    }
}
