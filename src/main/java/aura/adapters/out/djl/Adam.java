package aura.adapters.out.djl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;

import java.util.HashMap;
import java.util.Map;

/**
 * Adam (Kingma and Ba) with bias correction, applied in place to the parameters after their gradients are
 * clipped to a global L2 norm. Runs outside the gradient collector, so the updates are not recorded.
 */
final class Adam {

    private static final float BETA1 = 0.9f;
    private static final float BETA2 = 0.999f;
    private static final float EPSILON = 1e-8f;

    private final float learningRate;
    private final double clipNorm;
    private final NDManager manager;
    private final Map<String, NDArray> first = new HashMap<>();
    private final Map<String, NDArray> second = new HashMap<>();
    private int step;
    private int skipped;

    Adam(double learningRate, double clipNorm, NDManager manager) {
        this.learningRate = (float) learningRate;
        this.clipNorm = clipNorm;
        this.manager = manager;
    }

    /**
     * One update of every parameter from its gradient; returns the gradient norm before clipping. Temporaries
     * (and, for the call, the moment estimates) live in {@code batch}, which the caller closes.
     */
    double update(Map<String, NDArray> parameters, NDManager batch) {
        step++;
        double squared = 0;
        for (NDArray p : parameters.values()) {
            squared += p.getGradient().square().sum().toType(ai.djl.ndarray.types.DataType.FLOAT64, false)
                    .getDouble();
        }
        double norm = Math.sqrt(squared);
        if (!Double.isFinite(norm)) {
            // an overflowed gradient says nothing about the direction; skip the step rather than poison the
            // parameters and moments with inf/NaN
            skipped++;
            zero(parameters);
            return norm;
        }
        float scale = norm > clipNorm ? (float) (clipNorm / norm) : 1f;
        float correction1 = 1f - (float) Math.pow(BETA1, step);
        float correction2 = 1f - (float) Math.pow(BETA2, step);
        for (Map.Entry<String, NDArray> e : parameters.entrySet()) {
            NDArray p = e.getValue();
            NDArray g = p.getGradient().mul(scale);
            NDArray m = first.computeIfAbsent(e.getKey(), k -> manager.zeros(p.getShape(), p.getDataType()));
            NDArray v = second.computeIfAbsent(e.getKey(), k -> manager.zeros(p.getShape(), p.getDataType()));
            m.tempAttach(batch);
            v.tempAttach(batch);
            m.muli(BETA1).addi(g.mul(1f - BETA1));
            v.muli(BETA2).addi(g.square().mul(1f - BETA2));
            NDArray update = m.div(correction1).div(v.div(correction2).sqrt().add(EPSILON)).mul(learningRate);
            p.subi(update);
        }
        return norm;
    }

    /** Updates made so far (the bias correction's t). */
    int step() {
        return step;
    }

    /** The first (m) or second (v) moment estimates, under the parameters' names; empty before the first step. */
    aura.domain.lnn.Parameters moments(boolean firstMoments, Map<String, int[]> shapes) {
        Map<String, aura.domain.lnn.Tensor> out = new java.util.LinkedHashMap<>();
        new java.util.TreeMap<>(firstMoments ? first : second).forEach((name, a) -> out.put(name,
                new aura.domain.lnn.Tensor(shapes.get(name), a.toType(ai.djl.ndarray.types.DataType.FLOAT64, false)
                        .toDoubleArray())));
        return new aura.domain.lnn.Parameters(out);
    }

    /** Continues from a saved state: the step count and both moment estimates, in the parameters' data type. */
    void restore(int steps, aura.domain.lnn.Parameters m, aura.domain.lnn.Parameters v,
                 ai.djl.ndarray.types.DataType type) {
        this.step = steps;
        m.toArrays().forEach((name, data) -> first.put(name, create(data, m.shapes().get(name), type)));
        v.toArrays().forEach((name, data) -> second.put(name, create(data, v.shapes().get(name), type)));
    }

    private NDArray create(double[] data, int[] shape, ai.djl.ndarray.types.DataType type) {
        long[] s = new long[shape.length];
        for (int i = 0; i < s.length; i++) {
            s[i] = shape[i];
        }
        return manager.create(data, new ai.djl.ndarray.types.Shape(s)).toType(type, false);
    }

    /** Steps skipped because the gradient was not finite. */
    int skipped() {
        return skipped;
    }

    /** Overwrites the gradients with zeros (the collector's zeroing subtracts, which keeps an inf as NaN). */
    private static void zero(Map<String, NDArray> parameters) {
        for (NDArray p : parameters.values()) {
            p.getGradient().set(new ai.djl.ndarray.index.NDIndex("..."), 0);
        }
    }
}
