package aura.testing;

import aura.application.monitor.port.Telemetry;
import aura.domain.monitor.Reading;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Map;

/**
 * One more disk for a node started with the system property {@code aura.test.fillable-disk=true}: its used
 * fraction, {@code disk.used_fraction:/fillable}, is whatever a test sets {@link #level} to, so a test can fill a
 * real node's disk (and so make its failure risk and its draining alert fire) without filling the machine's.
 * The node's other sources are read as always.
 */
@Singleton
@Requires(property = "aura.test.fillable-disk", value = "true")
public class FillableDisk implements Telemetry {
    public static final String METRIC = "disk.used_fraction:/fillable";
    public static volatile double level = 0.5;

    @Override
    public Reading read() {
        return new Reading(Instant.now(), Map.of(METRIC, level), Map.of());
    }
}
