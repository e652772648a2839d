package aura.adapters.in.schedule;

import aura.application.chat.CalibrateModels;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures this node's loaded models in the background: right after start, then every
 * {@code aura.routing.calibration.check-every}, which finds models that appeared (they have no measurement) and,
 * when the node is idle, measurements older than {@code aura.routing.calibration.refresh-after}.
 */
@Singleton
@Requires(property = "aura.cli", notEquals = "true")
@Requires(property = "aura.routing.calibration.enabled", notEquals = "false")
record ModelCalibration(CalibrateModels calibrateModels) {
    private static final Logger LOG = LoggerFactory.getLogger(ModelCalibration.class);

    @Scheduled(fixedDelay = "${aura.routing.calibration.check-every:10s}", initialDelay = "1s")
    void calibrate() {
        try {
            var measured = calibrateModels.calibrate();
            if (!measured.isEmpty()) LOG.info("Measured the speed of {}", measured);
        } catch (RuntimeException e) {
            LOG.warn("Calibrating the backend's models failed; the next check tries again: {}", e.toString());
        }
    }
}
