package aura.application.chat;

import java.time.Duration;

/**
 * How this node measures its own models in the background: whether it does, how often it looks for models that
 * appeared, after how long an idle node measures a model again, and how many tokens one measurement generates.
 */
public record CalibrationSettings(boolean enabled, Duration checkEvery, Duration refreshAfter, int tokens) {
    public CalibrationSettings {
        if (checkEvery == null || refreshAfter == null || checkEvery.isNegative() || checkEvery.isZero() || refreshAfter.isNegative() || refreshAfter.isZero()) {
            throw new IllegalArgumentException("calibration intervals must be positive");
        }
        if (tokens < 2) throw new IllegalArgumentException("a calibration needs at least 2 tokens to time the stream");
    }
}
