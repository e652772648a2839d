package aura.adapters.out.djl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.nn.Activation;
import aura.domain.lnn.CfcMode;
import aura.domain.lnn.CfcSpec;

import java.util.Map;

/** The CfC cell of {@code aura.domain.lnn.CfcCell} (ncps torch {@code CfCCell}) in NDArray ops, same names. */
final class DjlCfc implements DjlCell {

    private final CfcSpec spec;
    private final Map<String, NDArray> p;

    DjlCfc(CfcSpec spec, Map<String, NDArray> cellParameters) {
        if (spec.backboneLayers() > 0 && spec.activation() == aura.domain.lnn.Activation.GELU) {
            throw new IllegalArgumentException("the DJL trainer does not train the gelu backbone activation");
        }
        this.spec = spec;
        this.p = cellParameters;
    }

    @Override
    public NDArray[] step(NDArray x, NDArray h, double dt) {
        NDArray z = NDArrays.concat(new NDList(x, h), 1);
        for (int l = 0; l < spec.backboneLayers(); l++) {
            z = activate(linear(z, "backbone." + (2 * l)), x);
        }
        NDArray ff1 = linear(z, "ff1");
        NDArray next;
        if (spec.mode() == CfcMode.PURE) {
            NDArray amplitude = p.get("A");
            NDArray decay = p.get("w_tau").abs().add(ff1.abs()).mul(DjlCell.constant(x, -dt)).exp();
            next = amplitude.neg().mul(decay).mul(ff1).add(amplitude);
        } else {
            ff1 = ff1.tanh();
            NDArray ff2 = linear(z, "ff2").tanh();
            NDArray gate = Activation.sigmoid(linear(z, "time_a").mul(DjlCell.constant(x, dt))
                    .add(linear(z, "time_b")));
            next = spec.mode() == CfcMode.DEFAULT
                    ? ff1.mul(gate.neg().add(DjlCell.constant(x, 1.0))).add(gate.mul(ff2))
                    : ff1.add(gate.mul(ff2));
        }
        return new NDArray[] {next, next};
    }

    private NDArray linear(NDArray z, String name) {
        return z.matMul(p.get(name + ".weight").transpose()).add(p.get(name + ".bias"));
    }

    private NDArray activate(NDArray z, NDArray x) {
        return switch (spec.activation()) {
            case LECUN_TANH -> z.mul(DjlCell.constant(x, 0.666)).tanh().mul(DjlCell.constant(x, 1.7159));
            case SILU -> z.mul(Activation.sigmoid(z));
            case RELU -> Activation.relu(z);
            case TANH -> z.tanh();
            case GELU -> throw new IllegalStateException("checked in the constructor");
        };
    }

    @Override
    public int units() {
        return spec.units();
    }
}
