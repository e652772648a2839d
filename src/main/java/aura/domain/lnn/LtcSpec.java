package aura.domain.lnn;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A liquid time-constant cell (ncps torch {@code LTCCell}) over a wiring.
 *
 * <p>Must hold: {@code odeUnfolds >= 1}; {@code epsilon} finite and {@code >= 0}; wiring and mappings not null.
 *
 * @param implicitConstraints softplus on w, sensory_w, cm and gleak (ncps {@code implicit_param_constraints};
 *                            the sequence wrapper {@code LTC} defaults to true, the cell to false)
 */
public record LtcSpec(Wiring wiring, int odeUnfolds, double epsilon, boolean implicitConstraints,
                      Mapping inputMapping, Mapping outputMapping) implements WiredSpec {

    public LtcSpec {
        if (wiring == null || inputMapping == null || outputMapping == null) {
            throw new IllegalArgumentException("wiring and mappings must not be null");
        }
        if (odeUnfolds < 1) {
            throw new IllegalArgumentException("ode unfolds must be >= 1, got " + odeUnfolds);
        }
        if (!(epsilon >= 0) || !Double.isFinite(epsilon)) {
            throw new IllegalArgumentException("epsilon must be finite and >= 0, got " + epsilon);
        }
    }

    /** The ncps defaults: 6 unfolds, ε = 1e-8, affine maps. */
    public static LtcSpec of(Wiring wiring, boolean implicitConstraints) {
        return new LtcSpec(wiring, 6, 1e-8, implicitConstraints, Mapping.AFFINE, Mapping.AFFINE);
    }

    @Override
    public String kind() {
        return "ltc";
    }

    @Override
    public int outputSize() {
        return wiring.motorSize();
    }

    @Override
    public LtcCell build(Parameters cellParameters) {
        return new LtcCell(this, cellParameters);
    }

    /** ncps {@code _init_ranges}; erev from the adjacencies, masks = |adjacency|, maps ones and zeros. */
    @Override
    public Parameters initialise(SplittableRandom rng) {
        int n = units();
        int m = inputSize();
        int k = outputSize();
        Map<String, Tensor> p = new LinkedHashMap<>();
        p.put("gleak", Init.uniform(rng, 0.001, 1.0, n));
        p.put("vleak", Init.uniform(rng, -0.2, 0.2, n));
        p.put("cm", Init.uniform(rng, 0.4, 0.6, n));
        p.put("sigma", Init.uniform(rng, 3, 8, n, n));
        p.put("mu", Init.uniform(rng, 0.3, 0.8, n, n));
        p.put("w", Init.uniform(rng, 0.001, 1.0, n, n));
        p.put("erev", wiring.adjacency().toTensor());
        p.put("sensory_sigma", Init.uniform(rng, 3, 8, m, n));
        p.put("sensory_mu", Init.uniform(rng, 0.3, 0.8, m, n));
        p.put("sensory_w", Init.uniform(rng, 0.001, 1.0, m, n));
        p.put("sensory_erev", wiring.sensoryAdjacency().toTensor());
        p.put("sparsity_mask", wiring.adjacency().mask());
        p.put("sensory_sparsity_mask", wiring.sensoryAdjacency().mask());
        if (inputMapping.hasWeight()) {
            p.put("input_w", Tensor.filled(1.0, m));
        }
        if (inputMapping.hasBias()) {
            p.put("input_b", Tensor.filled(0.0, m));
        }
        if (outputMapping.hasWeight()) {
            p.put("output_w", Tensor.filled(1.0, k));
        }
        if (outputMapping.hasBias()) {
            p.put("output_b", Tensor.filled(0.0, k));
        }
        return new Parameters(p);
    }
}
