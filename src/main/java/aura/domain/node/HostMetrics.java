package aura.domain.node;

import java.time.Instant;
import java.util.List;

/**
 * One reading of a host's health. {@code cpuLoad} is in [0, 1]; load averages are negative where the
 * operating system does not report them.
 */
public record HostMetrics(Instant at, double cpuLoad, long memoryUsedBytes, long memoryTotalBytes,
                          List<DiskUsage> disks, long networkBytesIn, long networkBytesOut,
                          LoadAverage loadAverage) {
    public HostMetrics {
        if (Double.isNaN(cpuLoad)) cpuLoad = 0;
        cpuLoad = Math.max(0, Math.min(1, cpuLoad));
        disks = List.copyOf(disks);
    }

    /** The 1, 5 and 15 minute run-queue averages. */
    public record LoadAverage(double one, double five, double fifteen) {
    }
}
