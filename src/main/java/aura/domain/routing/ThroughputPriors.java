package aura.domain.routing;

/**
 * What the cost model assumes about a node until the node has measured a model: decode speed, how much faster
 * the prompt is read than answer tokens are written, and how long loading a model into memory takes.
 *
 * <p>Why these numbers (for a 7-8B model in 4-bit quantisation, ~4.7 GB of weights, the common default):
 * decoding one token reads every weight once, so it is bound by memory bandwidth. A mid-range consumer GPU
 * (RTX 3060: 360 GB/s; 4090: 1 TB/s) decodes such a model at ~45-130 tokens/s in practice, laptop and older GPUs
 * at ~30; <b>40 tokens/s</b> is the conservative middle. A desktop CPU with dual-channel DDR4/DDR5 (40-80 GB/s)
 * gets ~5-10 tokens/s; <b>6</b> is a conservative middle. The prompt is processed in batches, which is compute
 * bound: GPUs read prompts ~50x faster than they write tokens (thousands of tokens/s), CPUs ~8x (tens of
 * tokens/s). Speed scales with the inverse of the weights' size, so a model whose name states its size
 * ({@code qwen2.5:0.5b}, {@code llama3.1:70b}, {@code smollm:135m}) scales the prior by 8B/size, limited to 4x
 * faster (small models are bound by per-token overhead) and 16x slower. Loading reads ~0.6 GB per billion
 * parameters from disk (~1.5 GB/s cold) and sets the backend up: <b>1 s + 0.5 s per billion parameters</b>,
 * 5 s for an 8B model.
 *
 * <p>Immutable and thread-safe.
 */
public final class ThroughputPriors {
    /** The size, in billions of parameters, the tokens/s priors are stated for (and assumed for unsized names). */
    public static final double REFERENCE_BILLIONS = 8;

    private final double gpuTokensPerSecond;
    private final double cpuTokensPerSecond;
    private final double gpuPrefillSpeedup;
    private final double cpuPrefillSpeedup;
    private final double loadSecondsFixed;
    private final double loadSecondsPerBillion;

    public ThroughputPriors(double gpuTokensPerSecond, double cpuTokensPerSecond, double gpuPrefillSpeedup,
                            double cpuPrefillSpeedup, double loadSecondsFixed, double loadSecondsPerBillion) {
        for (double v : new double[]{gpuTokensPerSecond, cpuTokensPerSecond, gpuPrefillSpeedup, cpuPrefillSpeedup}) {
            if (!(v > 0) || Double.isInfinite(v)) throw new IllegalArgumentException("speeds must be finite and > 0");
        }
        if (!(loadSecondsFixed >= 0) || !(loadSecondsPerBillion >= 0)) {
            throw new IllegalArgumentException("load times must be >= 0");
        }
        this.gpuTokensPerSecond = gpuTokensPerSecond;
        this.cpuTokensPerSecond = cpuTokensPerSecond;
        this.gpuPrefillSpeedup = gpuPrefillSpeedup;
        this.cpuPrefillSpeedup = cpuPrefillSpeedup;
        this.loadSecondsFixed = loadSecondsFixed;
        this.loadSecondsPerBillion = loadSecondsPerBillion;
    }

    /** The priors argued for in the class comment. */
    public static ThroughputPriors standard() {
        return new ThroughputPriors(40, 6, 50, 8, 1, 0.5);
    }

    /** Prior decode speed of {@code model} on a GPU or CPU node, scaled by the size its name states. */
    public double tokensPerSecond(String model, boolean gpu) {
        double scale = REFERENCE_BILLIONS / billions(model);
        scale = Math.min(4, Math.max(1.0 / 16, scale));
        return (gpu ? gpuTokensPerSecond : cpuTokensPerSecond) * scale;
    }

    /** How many times faster a prompt token is processed than an answer token is generated. */
    public double prefillSpeedup(boolean gpu) {
        return gpu ? gpuPrefillSpeedup : cpuPrefillSpeedup;
    }

    /** Seconds to load {@code model} into the backend's memory when it is not loaded. */
    public double loadSeconds(String model) {
        return loadSecondsFixed + loadSecondsPerBillion * billions(model);
    }

    /**
     * Billions of parameters stated in a model name: a part of the name (between {@code : - _ /}) that reads
     * {@code 7b}, {@code 0.5b}, {@code 135m} or {@code 8x7b} (= 56); otherwise {@link #REFERENCE_BILLIONS}.
     */
    static double billions(String model) {
        int start = 0;
        int n = model.length();
        for (int i = 0; i <= n; i++) {
            if (i == n || ":-_/ ".indexOf(model.charAt(i)) >= 0) {
                double value = size(model.substring(start, i).toLowerCase(java.util.Locale.ROOT));
                if (value > 0) return value;
                start = i + 1;
            }
        }
        return REFERENCE_BILLIONS;
    }

    /** {@code 7b}, {@code 0.5b}, {@code 135m}, {@code 8x7b}; 0 for anything else. */
    private static double size(String part) {
        if (part.length() < 2) return 0;
        char unit = part.charAt(part.length() - 1);
        if (unit != 'b' && unit != 'm') return 0;
        String number = part.substring(0, part.length() - 1);
        double experts = 1;
        int x = number.indexOf('x');
        if (x > 0) {
            experts = decimal(number.substring(0, x));
            number = number.substring(x + 1);
        }
        double value = experts * decimal(number);
        return unit == 'b' ? value : value / 1000;
    }

    private static double decimal(String s) {
        if (s.isEmpty() || !Character.isDigit(s.charAt(0))) return 0;
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i)) && s.charAt(i) != '.') return 0;
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
