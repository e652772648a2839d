package aura.domain.monitor;

import java.time.Instant;
import java.util.Map;

/**
 * What one source read at one moment: gauges (a level now, e.g. memory used) and counters (a total that only
 * grows, e.g. bytes received since boot), by metric name. {@link CounterRates} turns counters into rates.
 */
public record Reading(Instant at, Map<String, Double> gauges, Map<String, Double> counters) {
    public Reading {
        gauges = Map.copyOf(gauges);
        counters = Map.copyOf(counters);
    }

    public static Reading empty(Instant at) {
        return new Reading(at, Map.of(), Map.of());
    }
}
