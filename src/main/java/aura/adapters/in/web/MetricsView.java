package aura.adapters.in.web;

import aura.domain.node.HostMetrics;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/** {@code GET /api/node/metrics}: bytes throughout; load average entries are negative where unavailable. */
@Serdeable
record MetricsView(Instant at, double cpuLoad, Memory memory, List<Disk> disks, Network network,
                   List<Double> loadAverage) {

    @Serdeable
    record Memory(long usedBytes, long totalBytes) {
    }

    @Serdeable
    record Disk(String mount, long usedBytes, long totalBytes) {
    }

    @Serdeable
    record Network(long bytesIn, long bytesOut) {
    }

    static MetricsView of(HostMetrics m) {
        return new MetricsView(m.at(), m.cpuLoad(), new Memory(m.memoryUsedBytes(), m.memoryTotalBytes()),
                m.disks().stream().map(d -> new Disk(d.mount(), d.usedBytes(), d.totalBytes())).toList(),
                new Network(m.networkBytesIn(), m.networkBytesOut()),
                List.of(m.loadAverage().one(), m.loadAverage().five(), m.loadAverage().fifteen()));
    }
}
