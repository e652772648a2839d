package aura.adapters.out.micrometer;

import aura.application.monitor.port.Telemetry;
import aura.domain.monitor.Reading;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The node's HTTP server as Micronaut's own {@code http.server.requests} timers count it: requests and server
 * errors (5xx) as counters, and the mean latency of the requests answered since the previous reading (none when
 * there were none). Nothing is counted twice: the figures are read from the meters the server keeps anyway.
 */
@Singleton
public class HttpServerTelemetry implements Telemetry {
    private final MeterRegistry registry;
    private final Clock clock;
    private double previousCount = Double.NaN;
    private double previousSeconds;

    public HttpServerTelemetry(MeterRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    @Override
    public synchronized Reading read() {
        double count = 0;
        double seconds = 0;
        double errors = 0;
        for (Timer t : registry.find("http.server.requests").timers()) {
            count += t.count();
            seconds += t.totalTime(TimeUnit.SECONDS);
            String status = t.getId().getTag("status");
            if (status != null && status.startsWith("5")) errors += t.count();
        }
        Map<String, Double> gauges = new java.util.HashMap<>();
        if (!Double.isNaN(previousCount) && count > previousCount) {
            gauges.put("http.latency_ms", 1000 * (seconds - previousSeconds) / (count - previousCount));
        }
        previousCount = count;
        previousSeconds = seconds;
        return new Reading(clock.instant(), gauges, Map.of("http.requests", count, "http.server_errors", errors));
    }
}
