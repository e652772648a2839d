package aura.domain.lnn;

import java.util.SplittableRandom;

/**
 * A closed-form continuous-time cell (ncps torch {@code CfCCell}) with a dense backbone.
 *
 * <p>Must hold: {@code inputSize >= 1}, {@code units >= 1}, {@code backboneLayers >= 0}, and
 * {@code backboneUnits >= 1} when there is a backbone. Parameter names: {@code backbone.<2l>.weight/bias}
 * (the Linear layers of the ncps {@code nn.Sequential}, indices 0, 2, 4, … as with no backbone dropout),
 * {@code ff1}, and {@code ff2}, {@code time_a}, {@code time_b} or, in pure mode, {@code w_tau} [1,N] and
 * {@code A} [1,N].
 */
public record CfcSpec(int inputSize, int units, CfcMode mode, Activation activation, int backboneUnits,
                      int backboneLayers) implements CellSpec {

    public CfcSpec {
        if (inputSize < 1 || units < 1) {
            throw new IllegalArgumentException("CfC needs input size and units >= 1, got " + inputSize + ", " + units);
        }
        if (mode == null || activation == null) {
            throw new IllegalArgumentException("mode and activation must not be null");
        }
        if (backboneLayers < 0 || (backboneLayers > 0 && backboneUnits < 1)) {
            throw new IllegalArgumentException("backbone needs layers >= 0 and units >= 1, got " + backboneLayers
                    + " layers of " + backboneUnits);
        }
    }

    /** The ncps defaults: default mode, lecun_tanh, one backbone layer of 128 units. */
    public static CfcSpec of(int inputSize, int units) {
        return new CfcSpec(inputSize, units, CfcMode.DEFAULT, Activation.LECUN_TANH, 128, 1);
    }

    @Override
    public String kind() {
        return "cfc";
    }

    @Override
    public int outputSize() {
        return units;
    }

    /** Width of what the heads read: the backbone output, or [x, h] without a backbone. */
    int headInput() {
        return backboneLayers == 0 ? inputSize + units : backboneUnits;
    }

    static String backboneName(int layer) {
        return "backbone." + (2 * layer);
    }

    @Override
    public CfcCell build(Parameters cellParameters) {
        return new CfcCell(this, cellParameters, null);
    }

    /** xavier_uniform on every 2-D trainable tensor (w_tau and A included), torch default biases. */
    @Override
    public Parameters initialise(SplittableRandom rng) {
        Parameters p = Parameters.empty();
        int in = inputSize + units;
        for (int l = 0; l < backboneLayers; l++) {
            p = p.plus(Linear.xavier(rng, in, backboneUnits).toParameters(backboneName(l)));
            in = backboneUnits;
        }
        int cat = headInput();
        p = p.plus(Linear.xavier(rng, cat, units).toParameters("ff1"));
        if (mode == CfcMode.PURE) {
            return p.with("w_tau", Init.xavier(rng, 1, units)).with("A", Init.xavier(rng, 1, units));
        }
        return p.plus(Linear.xavier(rng, cat, units).toParameters("ff2"))
                .plus(Linear.xavier(rng, cat, units).toParameters("time_a"))
                .plus(Linear.xavier(rng, cat, units).toParameters("time_b"));
    }
}
