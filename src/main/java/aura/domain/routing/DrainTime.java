package aura.domain.routing;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.ToDoubleFunction;

/**
 * How long a node needs to finish the generations it holds now (running and waiting for a slot), at its own
 * measured speeds: what it publishes in its heartbeat as {@code drainSeconds}, so a deciding node sees the work
 * ahead in seconds rather than as a count of generations of unknown length.
 *
 * <pre>
 * answer(g) = lengths.remaining(model, maxTokens, generatedTokens)     answer tokens still to come
 * prompt(g) = generatedTokens == 0 ? promptTokens / prefillSpeedup : 0  the prompt not yet read
 * drain     = Σ (answer(g) + prompt(g)) / tokensPerSecond(model)
 * </pre>
 *
 * <p>As in {@link CostModel}, generations that a backend runs side by side are summed: each slows the others
 * about as much as waiting for it would. A published drain ages by one second per second ({@link #after}): the
 * node keeps working while its heartbeat waits to be read. Stateless.
 */
public final class DrainTime {
    private DrainTime() {
    }

    /** One generation on the node: running ({@code generatedTokens} so far, maybe 0) or waiting (0). */
    public record Generation(String model, OptionalInt maxTokens, int promptTokens, int generatedTokens) {
        public Generation {
            if (model == null || model.isBlank()) throw new IllegalArgumentException("a generation needs a model");
            if (maxTokens == null) maxTokens = OptionalInt.empty();
            if (promptTokens < 0 || generatedTokens < 0) throw new IllegalArgumentException("token counts must be >= 0");
        }
    }

    /**
     * Seconds until every one of {@code generations} is done; {@code tokensPerSecond} gives each model's decode
     * speed on this node (measured, else its prior: it must be finite and positive).
     */
    public static double seconds(Collection<Generation> generations, ExpectedLength lengths,
                                 ToDoubleFunction<String> tokensPerSecond, double prefillSpeedup) {
        if (!(prefillSpeedup > 0)) throw new IllegalArgumentException("the prefill speedup must be > 0");
        double total = 0;
        Map<Generation, Double> waiting = new HashMap<>(); // queued generations alike cost the same: work it out once
        for (Generation g : generations) {
            double speed = tokensPerSecond.applyAsDouble(g.model());
            if (!(speed > 0) || Double.isInfinite(speed)) {
                throw new IllegalArgumentException("tokens per second of '" + g.model() + "' must be finite and > 0");
            }
            double answer = g.generatedTokens() == 0
                    ? waiting.computeIfAbsent(new Generation(g.model(), g.maxTokens(), 0, 0),
                            k -> lengths.remaining(k.model(), k.maxTokens(), 0))
                    : lengths.remaining(g.model(), g.maxTokens(), g.generatedTokens());
            double prompt = g.generatedTokens() == 0 ? g.promptTokens() / prefillSpeedup : 0;
            total += (answer + prompt) / speed;
        }
        return total;
    }

    /** What is left of {@code drainSeconds} published {@code age} ago: never below 0 (a node with nothing to do). */
    public static double after(double drainSeconds, Duration age) {
        double elapsed = Math.max(0, age.toNanos() / 1e9);
        return Math.max(0, drainSeconds - elapsed);
    }
}
