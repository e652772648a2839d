package aura.adapters.out.system;

import aura.application.chat.CalibrationSettings;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import jakarta.inject.Singleton;

import java.time.Duration;

/** Background calibration settings from {@code aura.routing.calibration.*} (README, settings). */
@Factory
public class CalibrationSettingsFactory {
    @Singleton
    CalibrationSettings calibrationSettings(
            @Property(name = "aura.routing.calibration.enabled", defaultValue = "true") boolean enabled,
            @Property(name = "aura.routing.calibration.check-every", defaultValue = "10s") Duration checkEvery,
            @Property(name = "aura.routing.calibration.refresh-after", defaultValue = "10m") Duration refreshAfter,
            @Property(name = "aura.routing.calibration.tokens", defaultValue = "24") int tokens) {
        return new CalibrationSettings(enabled, checkEvery, refreshAfter, tokens);
    }
}
