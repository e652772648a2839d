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

    private final int defaultTokens;
    private final int cap;
    private final double alpha;
    private final Map<String, MovingAverage> averages = new ConcurrentHashMap<>();

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

    /** Records the length of an answer {@code model} finished by itself; negative lengths are rejected. */
    public void record(String model, int outputTokens) {
        if (outputTokens < 0) throw new IllegalArgumentException("output tokens must be >= 0");
        averages.computeIfAbsent(model, m -> new MovingAverage(alpha)).add(outputTokens);
    }

    public OptionalDouble average(String model) {
        MovingAverage average = averages.get(model);
        return average == null ? OptionalDouble.empty() : average.value();
    }
}
