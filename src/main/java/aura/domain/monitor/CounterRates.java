package aura.domain.monitor;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns counters into per-second rates between consecutive readings, named {@code <counter>.per_s}. A counter
 * seen for the first time, or one that went backwards (a restart, an interface that came back), gives no rate
 * this time; the next reading does. Not thread-safe: one sampler feeds it.
 */
public final class CounterRates {
    private Map<String, Double> previous = Map.of();
    private Instant previousAt;

    public Map<String, Double> rates(Instant at, Map<String, Double> counters) {
        Map<String, Double> rates = new HashMap<>();
        if (previousAt != null && at.isAfter(previousAt)) {
            double seconds = Duration.between(previousAt, at).toNanos() / 1e9;
            counters.forEach((name, value) -> {
                Double before = previous.get(name);
                if (before != null && value >= before) rates.put(name + ".per_s", (value - before) / seconds);
            });
        }
        previous = Map.copyOf(counters);
        previousAt = at;
        return rates;
    }
}
