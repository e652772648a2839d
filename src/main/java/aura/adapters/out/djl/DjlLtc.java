package aura.adapters.out.djl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.nn.Activation;
import aura.domain.lnn.LtcSpec;

import java.util.Map;

/**
 * The LTC cell of {@code aura.domain.lnn.LtcCell} (ncps torch {@code LTCCell}) in NDArray ops, over the same
 * parameter names. Masked synapses are multiplied by 0 rather than skipped, which gives the same values.
 */
final class DjlLtc implements DjlCell {

    private final LtcSpec spec;
    private final Map<String, NDArray> p;

    DjlLtc(LtcSpec spec, Map<String, NDArray> cellParameters) {
        this.spec = spec;
        this.p = cellParameters;
    }

    private NDArray positive(String name, NDArray one) {
        NDArray raw = p.get(name);
        // softplus as max(x, 0) + log(1 + e^-|x|): stable, and its gradient stays finite (the engine's own
        // softplus gave NaN gradients for cm during training)
        return spec.implicitConstraints() ? Activation.relu(raw).add(raw.abs().neg().exp().add(one).log()) : raw;
    }

    @Override
    public NDArray[] step(NDArray x, NDArray h, double dt) {
        NDArray u = x;
        if (p.containsKey("input_w")) {
            u = u.mul(p.get("input_w"));
        }
        if (p.containsKey("input_b")) {
            u = u.add(p.get("input_b"));
        }
        NDArray one = DjlCell.constant(x, 1.0);
        NDArray sensoryW = positive("sensory_w", one).mul(p.get("sensory_sparsity_mask"));
        NDArray a = sigmoidGate(u, p.get("sensory_sigma"), p.get("sensory_mu")).mul(sensoryW);
        NDArray sensoryNum = a.mul(p.get("sensory_erev")).sum(new int[] {1});
        NDArray sensoryDen = a.sum(new int[] {1});
        int unfolds = spec.odeUnfolds();
        NDArray cmt = positive("cm", one).div(DjlCell.constant(x, dt / unfolds));
        NDArray gleak = positive("gleak", one);
        NDArray leak = gleak.mul(p.get("vleak"));
        NDArray w = positive("w", one).mul(p.get("sparsity_mask"));
        NDArray wErev = w.mul(p.get("erev"));
        NDArray epsilon = DjlCell.constant(x, spec.epsilon());
        NDArray v = h;
        for (int t = 0; t < unfolds; t++) {
            NDArray b = sigmoidGate(v, p.get("sigma"), p.get("mu"));
            NDArray num = cmt.mul(v).add(leak).add(b.mul(wErev).sum(new int[] {1})).add(sensoryNum);
            NDArray den = cmt.add(gleak).add(b.mul(w).sum(new int[] {1})).add(sensoryDen);
            v = num.div(den.add(epsilon));
        }
        NDArray y = v.get(new NDIndex(":, :{}", spec.outputSize()));
        if (p.containsKey("output_w")) {
            y = y.mul(p.get("output_w"));
        }
        if (p.containsKey("output_b")) {
            y = y.add(p.get("output_b"));
        }
        return new NDArray[] {v, y};
    }

    /** {@code σ(sigma_ij · (pre_i − mu_ij))} as [B, pre, post]. */
    private static NDArray sigmoidGate(NDArray pre, NDArray sigma, NDArray mu) {
        return Activation.sigmoid(pre.expandDims(2).sub(mu).mul(sigma));
    }

    @Override
    public int units() {
        return spec.units();
    }
}
