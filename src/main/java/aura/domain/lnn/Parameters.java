package aura.domain.lnn;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An ordered set of named tensors, named and laid out as in the ncps torch {@code state_dict}
 * (for example {@code rnn_cell.sensory_w} [M,N], {@code rnn_cell.ff1.weight} [out,in], {@code fc.bias} [out]).
 *
 * <p>Must hold: names are non-blank and unique; insertion order is kept, so export and import are stable.
 */
public record Parameters(Map<String, Tensor> tensors) {

    public Parameters {
        if (tensors == null) {
            throw new IllegalArgumentException("tensors must not be null");
        }
        for (String name : tensors.keySet()) {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("parameter names must not be blank");
            }
        }
        tensors = Collections.unmodifiableMap(new LinkedHashMap<>(tensors));
    }

    public static Parameters empty() {
        return new Parameters(Map.of());
    }

    /** Builds parameters from raw arrays and shapes, as a trainer exports them. */
    public static Parameters fromArrays(Map<String, double[]> values, Map<String, int[]> shapes) {
        Map<String, Tensor> out = new LinkedHashMap<>();
        values.forEach((name, data) -> {
            int[] shape = shapes.get(name);
            out.put(name, new Tensor(shape == null ? new int[] {data.length} : shape, data));
        });
        return new Parameters(out);
    }

    /** The tensor of that name; throws a clear error when it is missing. */
    public Tensor tensor(String name) {
        Tensor t = tensors.get(name);
        if (t == null) {
            throw new IllegalArgumentException("missing parameter '" + name + "'; present: " + tensors.keySet());
        }
        return t;
    }

    /** The tensor of that name, checked against the expected shape. */
    public Tensor tensor(String name, int... shape) {
        Tensor t = tensor(name);
        if (!t.hasShape(shape)) {
            throw new IllegalArgumentException("parameter '" + name + "' has shape "
                    + java.util.Arrays.toString(t.shape()) + ", expected " + java.util.Arrays.toString(shape));
        }
        return t;
    }

    public boolean has(String name) {
        return tensors.containsKey(name);
    }

    /** The same tensors with {@code prefix} put in front of every name. */
    public Parameters prefixed(String prefix) {
        Map<String, Tensor> out = new LinkedHashMap<>();
        tensors.forEach((k, v) -> out.put(prefix + k, v));
        return new Parameters(out);
    }

    /** The tensors whose names start with {@code prefix}, with the prefix removed. */
    public Parameters under(String prefix) {
        Map<String, Tensor> out = new LinkedHashMap<>();
        tensors.forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                out.put(k.substring(prefix.length()), v);
            }
        });
        return new Parameters(out);
    }

    /** This set followed by {@code other}; a name in both is an error. */
    public Parameters plus(Parameters other) {
        Map<String, Tensor> out = new LinkedHashMap<>(tensors);
        other.tensors.forEach((k, v) -> {
            if (out.put(k, v) != null) {
                throw new IllegalArgumentException("duplicate parameter '" + k + "'");
            }
        });
        return new Parameters(out);
    }

    /** A copy with one tensor added or replaced. */
    public Parameters with(String name, Tensor value) {
        Map<String, Tensor> out = new LinkedHashMap<>(tensors);
        out.put(name, value);
        return new Parameters(out);
    }

    /** Raw values by name (copies), for a trainer to export. */
    public Map<String, double[]> toArrays() {
        Map<String, double[]> out = new LinkedHashMap<>();
        tensors.forEach((k, v) -> out.put(k, v.data()));
        return out;
    }

    /** Shapes by name (copies). */
    public Map<String, int[]> shapes() {
        Map<String, int[]> out = new LinkedHashMap<>();
        tensors.forEach((k, v) -> out.put(k, v.shape()));
        return out;
    }
}
