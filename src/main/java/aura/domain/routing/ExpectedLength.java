package aura.domain.routing;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many tokens an answer is expected to have, per model.
 *
 * <ul>
 *   <li>With the client's {@code max_tokens}: {@code min(maxTokens, cap)} ({@link #DEFAULT_CAP} = 1024). A ceiling
 *   the client chose says how long an answer it is prepared for; a request for 4096 tokens is often a request for
 *   a long document, and the moving average, dominated by chat turns, would place it on a node that is fast to
 *   reach but slow to write. The cap stops clients that send 32k as a constant from making round trips and load
 *   times look negligible.</li>
 *   <li>Without: the moving average of the model's recorded answers, else {@link #DEFAULT_TOKENS} (256: a
 *   typical chat answer of a paragraph or two).</li>
 * </ul>
 *
 * <p>Thread-safe. Record only answers that ended by themselves; answers cut at max_tokens understate the length.
 */
public final class ExpectedLength {
    public static final int DEFAULT_TOKENS = 256;
    public static final int DEFAULT_CAP = 1024;
    public static final double DEFAULT_ALPHA = 0.1;
    /** How many of a model's latest answers {@link #remaining} looks at. */
    public static final int WINDOW = 256;

    private final int defaultTokens;
    private final int cap;
    private final double alpha;
    private final Map<String, Lengths> recorded = new ConcurrentHashMap<>();

    public ExpectedLength(int defaultTokens, int cap, double alpha) {
        if (defaultTokens < 1 || cap < 1) throw new IllegalArgumentException("default and cap must be >= 1");
        if (!(alpha > 0 && alpha <= 1)) throw new IllegalArgumentException("alpha must be in (0, 1], got " + alpha);
        this.defaultTokens = defaultTokens;
        this.cap = cap;
        this.alpha = alpha;
    }

    public ExpectedLength() {
        this(DEFAULT_TOKENS, DEFAULT_CAP, DEFAULT_ALPHA);
    }

    public double expected(String model, OptionalInt maxTokens) {
        if (maxTokens.isPresent()) return Math.min(maxTokens.getAsInt(), cap);
        return average(model).orElse(defaultTokens);
    }

    /**
     * How many more tokens an answer that has {@code generated} tokens so far is expected to have: the mean, over
     * the model's last {@link #WINDOW} recorded answers longer than {@code generated}, of what they had beyond it
     * (each taken at most up to {@code maxTokens}). Answer lengths are heavy-tailed: an answer already past the
     * typical length is most likely a long one, so what is left grows with what was written. Longer than every
     * recorded answer (or none recorded yet): {@code max(expected - generated, generated / 4)}. Never more than
     * {@code maxTokens - generated}, never negative.
     */
    public double remaining(String model, OptionalInt maxTokens, int generated) {
        if (generated < 0) throw new IllegalArgumentException("generated tokens must be >= 0");
        double ceiling = maxTokens.isPresent() ? maxTokens.getAsInt() : Double.POSITIVE_INFINITY;
        if (generated >= ceiling) return 0;
        Lengths lengths = recorded.get(model);
        int[] recent = lengths == null ? new int[0] : lengths.recent();
        double beyond = 0;
        int longer = 0;
        for (int length : recent) {
            if (length > generated) {
                beyond += Math.min(length, ceiling) - generated;
                longer++;
            }
        }
        double left = longer > 0 ? beyond / longer : Math.max(expected(model, maxTokens) - generated, generated / 4.0);
        return Math.max(0, Math.min(left, ceiling - generated));
    }

    /** Records the length of an answer {@code model} finished by itself; negative lengths are rejected. */
    public void record(String model, int outputTokens) {
        if (outputTokens < 0) throw new IllegalArgumentException("output tokens must be >= 0");
        recorded.computeIfAbsent(model, m -> new Lengths(new MovingAverage(alpha))).add(outputTokens);
    }

    public OptionalDouble average(String model) {
        Lengths lengths = recorded.get(model);
        return lengths == null ? OptionalDouble.empty() : lengths.average.value();
    }

    /** One model's answers: their moving average and the last {@link #WINDOW} lengths. */
    private static final class Lengths {
        private final MovingAverage average;
        private final int[] window = new int[WINDOW];
        private int count;

        Lengths(MovingAverage average) {
            this.average = average;
        }

        synchronized void add(int length) {
            average.add(length);
            window[count++ % WINDOW] = length;
        }

        synchronized int[] recent() {
            return java.util.Arrays.copyOf(window, Math.min(count, WINDOW));
        }
    }
}
