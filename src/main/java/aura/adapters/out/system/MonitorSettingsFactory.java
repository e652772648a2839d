package aura.adapters.out.system;

import aura.application.monitor.MonitorSettings;
import aura.domain.monitor.HistoryRetention;
import aura.domain.monitor.PrometheusDuration;
import aura.domain.problem.InvalidInput;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.convert.ConversionService;

import java.time.Duration;
import java.util.Optional;

/**
 * How the node samples and keeps its metric history, from {@code aura.monitor.*} (application.yml, docs/MONITOR.md).
 * The values are read as text and converted here: a value Micronaut cannot convert would otherwise quietly become the
 * default.
 */
@Factory
public class MonitorSettingsFactory {
    /** Made as the node starts, not at its first sample, so a bad value stops it before it serves, naming the key. */
    @Context
    MonitorSettings monitorSettings(@Property(name = "aura.monitor.sample-every", defaultValue = "5s") String sampleEvery,
                                    @Property(name = "aura.monitor.raw-retention", defaultValue = "48h") String raw,
                                    @Property(name = "aura.monitor.rollup-retention", defaultValue = "30d") String rollups,
                                    @Property(name = "aura.monitor.nvidia-smi-timeout", defaultValue = "3s") String gpuRead) {
        Duration every = time("aura.monitor.sample-every", sampleEvery, MonitorSettings.FASTEST_SAMPLING,
                PrometheusDuration.format(MonitorSettings.FASTEST_SAMPLING), Optional.of(MonitorSettings.SLOWEST_SAMPLING));
        Duration rawKept = time("aura.monitor.raw-retention", raw, HistoryRetention.SHORTEST_RAW,
                PrometheusDuration.format(HistoryRetention.SHORTEST_RAW), Optional.empty());
        Duration rollupsKept = time("aura.monitor.rollup-retention", rollups, rawKept,
                "aura.monitor.raw-retention (" + raw.strip() + ")", Optional.empty());
        Duration gpuWait = time("aura.monitor.nvidia-smi-timeout", gpuRead, MonitorSettings.SHORTEST_GPU_READ,
                PrometheusDuration.format(MonitorSettings.SHORTEST_GPU_READ), Optional.of(MonitorSettings.LONGEST_GPU_READ));
        return new MonitorSettings(every, new HistoryRetention(rawKept, rollupsKept), gpuWait);
    }

    /** The time {@code text} says (like 5s, 100ms, 48h, 30d), refused naming {@code key} unless it is in range. */
    static Duration time(String key, String text, Duration least, String leastSaid, Optional<Duration> most) {
        Optional<Duration> time = ConversionService.SHARED.convert(text.strip(), Duration.class);
        if (time.isPresent() && time.get().compareTo(least) >= 0 && most.map(m -> time.get().compareTo(m) <= 0).orElse(true)) {
            return time.get();
        }
        String range = most.map(m -> "from " + leastSaid + " to " + PrometheusDuration.format(m)).orElse("of at least " + leastSaid);
        throw new InvalidInput(key, key + " is a time " + range + ", written like 100ms, 5s, 48h or 30d; not '" + text + "'");
    }
}
