package aura.application.monitor;

import aura.domain.monitor.HistoryRetention;

import java.time.Duration;

/** How often a node samples itself, and how long it keeps what it sampled. */
public record MonitorSettings(Duration sampleEvery, HistoryRetention retention) {
    public MonitorSettings {
        if (sampleEvery.compareTo(Duration.ofMillis(100)) < 0 || sampleEvery.compareTo(Duration.ofMinutes(1)) > 0) {
            throw new IllegalArgumentException("aura.monitor.sample-every is between 100ms and 1m");
        }
    }
}
