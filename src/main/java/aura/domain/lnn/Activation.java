package aura.domain.lnn;

/** Backbone activations of the CfC cell, named as ncps names them. */
public enum Activation {
    /** {@code 1.7159·tanh(0.666·x)}, the ncps default. */
    LECUN_TANH("lecun_tanh"),
    /** {@code x·σ(x)}. */
    SILU("silu"),
    RELU("relu"),
    TANH("tanh"),
    /** The exact (erf) GELU that torch {@code nn.GELU()} computes: {@code x·Φ(x)}. */
    GELU("gelu");

    private final String ncpsName;

    Activation(String ncpsName) {
        this.ncpsName = ncpsName;
    }

    public String ncpsName() {
        return ncpsName;
    }

    public static Activation fromNcpsName(String name) {
        for (Activation a : values()) {
            if (a.ncpsName.equals(name)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown activation '" + name
                + "'; expected lecun_tanh, silu, relu, tanh or gelu");
    }

    public double apply(double x) {
        return switch (this) {
            case LECUN_TANH -> 1.7159 * Math.tanh(0.666 * x);
            case SILU -> x * MathKernels.sigmoid(x);
            case RELU -> x > 0 ? x : 0.0;
            case TANH -> Math.tanh(x);
            case GELU -> 0.5 * x * (1.0 + MathKernels.erf(x / Math.sqrt(2.0)));
        };
    }
}
