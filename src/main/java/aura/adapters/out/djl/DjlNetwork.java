package aura.adapters.out.djl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import aura.domain.lnn.CellSpec;
import aura.domain.lnn.CfcSpec;
import aura.domain.lnn.LiquidNetwork;
import aura.domain.lnn.LtcSpec;
import aura.domain.lnn.Parameters;
import aura.domain.lnn.Tensor;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A liquid network's parameters as NDArrays (under the domain's names) and its forward pass over a batch of
 * sequences, from a zero state, with an optional {@code fc} projection. Frozen parameters (the sparsity masks)
 * take no gradient.
 */
final class DjlNetwork implements AutoCloseable {

    private final CellSpec spec;
    private final NDManager manager;
    private final DataType type;
    private final Map<String, NDArray> parameters = new LinkedHashMap<>();
    private final Map<String, int[]> shapes;
    private final DjlCell cell;

    DjlNetwork(CellSpec spec, Parameters initial, NDManager parent, DataType type) {
        this.spec = spec;
        this.manager = parent.newSubManager();
        this.type = type;
        this.shapes = initial.shapes();
        initial.toArrays().forEach((name, values) -> {
            NDArray a = manager.create(values, new Shape(toLong(shapes.get(name)))).toType(type, false);
            a.setRequiresGradient(trainable(name));
            parameters.put(name, a);
        });
        Map<String, NDArray> cellParameters = new LinkedHashMap<>();
        parameters.forEach((k, v) -> {
            if (k.startsWith(LiquidNetwork.CELL_PREFIX)) {
                cellParameters.put(k.substring(LiquidNetwork.CELL_PREFIX.length()), v);
            }
        });
        if (spec instanceof LtcSpec ltc) {
            cell = new DjlLtc(ltc, cellParameters);
        } else if (spec instanceof CfcSpec cfc) {
            cell = new DjlCfc(cfc, cellParameters);
        } else {
            throw new IllegalArgumentException("the DJL trainer trains ltc and cfc cells, not " + spec.kind());
        }
    }

    static boolean trainable(String name) {
        return !name.endsWith("sparsity_mask");
    }

    /** The parameters autograd updates. */
    Map<String, NDArray> trainable() {
        Map<String, NDArray> out = new LinkedHashMap<>();
        parameters.forEach((k, v) -> {
            if (trainable(k)) {
                out.put(k, v);
            }
        });
        return out;
    }

    Map<String, NDArray> all() {
        return parameters;
    }

    /**
     * @param inputs [B, T, M]
     * @return the network output after every step, [B, T, P]
     */
    NDArray forward(NDArray inputs, double dt) {
        long batch = inputs.getShape().get(0);
        long steps = inputs.getShape().get(1);
        NDArray h = inputs.getManager().zeros(new Shape(batch, cell.units()), type);
        NDList outputs = new NDList();
        for (long t = 0; t < steps; t++) {
            NDArray[] next = cell.step(inputs.get(new NDIndex(":, {}, :", t)), h, dt);
            h = next[0];
            outputs.add(project(next[1]));
        }
        return NDArrays.stack(outputs, 1);
    }

    private NDArray project(NDArray y) {
        NDArray w = parameters.get(LiquidNetwork.PROJECTION + ".weight");
        return w == null ? y : y.matMul(w.transpose()).add(parameters.get(LiquidNetwork.PROJECTION + ".bias"));
    }

    /** The current values as domain parameters, in the initial order and shapes. */
    Parameters export() {
        Map<String, Tensor> out = new LinkedHashMap<>();
        parameters.forEach((name, a) -> out.put(name, new Tensor(shapes.get(name),
                a.toType(DataType.FLOAT64, false).toDoubleArray())));
        return new Parameters(out);
    }

    /** Overwrites every parameter with the given values (same names and shapes). */
    void load(Parameters values) {
        values.toArrays().forEach((name, data) -> parameters.get(name).set(toType(data)));
    }

    private java.nio.Buffer toType(double[] data) {
        if (type == DataType.FLOAT64) {
            return java.nio.DoubleBuffer.wrap(data);
        }
        float[] f = new float[data.length];
        for (int i = 0; i < f.length; i++) {
            f[i] = (float) data[i];
        }
        return java.nio.FloatBuffer.wrap(f);
    }

    CellSpec spec() {
        return spec;
    }

    DataType type() {
        return type;
    }

    private static long[] toLong(int[] shape) {
        long[] s = new long[shape.length];
        for (int i = 0; i < s.length; i++) {
            s[i] = shape[i];
        }
        return s;
    }

    @Override
    public void close() {
        manager.close();
    }
}
