package aura.domain.lnn;

/**
 * A dense layer {@code y = W·x + b} with torch's layout: weight out×in row-major.
 *
 * <p>Must hold: {@code weight.length == out·in} and {@code bias.length == out}.
 */
record Linear(int in, int out, double[] weight, double[] bias) {

    Linear {
        if (in < 0 || out < 0 || weight.length != in * out || bias.length != out) {
            throw new IllegalArgumentException("linear " + out + "x" + in + " needs " + in * out
                    + " weights and " + out + " biases, got " + weight.length + " and " + bias.length);
        }
    }

    /** Reads {@code name.weight} [out,in] and {@code name.bias} [out]. */
    static Linear from(Parameters p, String name, int in, int out) {
        return new Linear(in, out, p.tensor(name + ".weight", out, in).data(), p.tensor(name + ".bias", out).data());
    }

    /** Fresh torch-style init: xavier weights (CfC) and U(±1/√in) bias. */
    static Linear xavier(java.util.SplittableRandom rng, int in, int out) {
        return new Linear(in, out, Init.xavier(rng, out, in).data(), Init.bias(rng, out, in).data());
    }

    /** A copy whose weight is multiplied elementwise by {@code mask} (out×in). */
    Linear masked(double[] mask) {
        double[] w = weight.clone();
        for (int i = 0; i < w.length; i++) {
            w[i] *= mask[i];
        }
        return new Linear(in, out, w, bias);
    }

    /** Output row {@code o} for the input {@code x[xOff..xOff+in)}. */
    double row(int o, double[] x, int xOff) {
        double s = 0.0;
        int base = o * in;
        for (int i = 0; i < in; i++) {
            s += weight[base + i] * x[xOff + i];
        }
        return s + bias[o];
    }

    /** {@code y[yOff..yOff+out) = W·x + b}. */
    void apply(double[] x, int xOff, double[] y, int yOff) {
        for (int o = 0; o < out; o++) {
            y[yOff + o] = row(o, x, xOff);
        }
    }

    Parameters toParameters(String name) {
        return Parameters.empty().with(name + ".weight", Tensor.matrix(out, in, weight))
                .with(name + ".bias", Tensor.vector(bias));
    }
}
