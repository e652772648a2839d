package aura.adapters.in.schedule;

import aura.application.routing.MeasureRoundTrips;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

/** Measures round trips to live peers every 5 s, for the router's network term. */
@Singleton
@Requires(property = "aura.cli", notEquals = "true")
record RoundTripProbe(MeasureRoundTrips measureRoundTrips) {
    @Scheduled(fixedDelay = "5s", initialDelay = "1s")
    void probe() {
        measureRoundTrips.measure();
    }
}
