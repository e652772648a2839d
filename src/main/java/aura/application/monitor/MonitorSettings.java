package aura.application.monitor;

import aura.domain.monitor.HistoryRetention;

import java.time.Duration;

/**
 * How often a node samples itself, how long it keeps what it sampled, and how long a sample waits for the GPUs'
 * figures (a hung driver tool must not stall sampling).
 */
public record MonitorSettings(Duration sampleEvery, HistoryRetention retention, Duration gpuReadTimeout) {
    public static final Duration FASTEST_SAMPLING = Duration.ofMillis(100);
    public static final Duration SLOWEST_SAMPLING = Duration.ofMinutes(1);
    public static final Duration SHORTEST_GPU_READ = Duration.ofMillis(100);
    public static final Duration LONGEST_GPU_READ = Duration.ofSeconds(30);

    public MonitorSettings {
        if (sampleEvery.compareTo(FASTEST_SAMPLING) < 0 || sampleEvery.compareTo(SLOWEST_SAMPLING) > 0) {
            throw new IllegalArgumentException("sampling is every 100ms to 1m");
        }
        if (gpuReadTimeout.compareTo(SHORTEST_GPU_READ) < 0 || gpuReadTimeout.compareTo(LONGEST_GPU_READ) > 0) {
            throw new IllegalArgumentException("a GPU read waits 100ms to 30s");
        }
    }
}
