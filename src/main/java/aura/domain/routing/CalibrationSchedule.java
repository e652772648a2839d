package aura.domain.routing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Which loaded models a node should measure now with a short background generation, so that the router knows
 * every node's speed before a person's request arrives and never has to make one an experiment:
 *
 * <ul>
 *   <li>nothing while a person's generation waits for a slot (calibration must never delay one);</li>
 *   <li>a model never measured (the node just started, or the model just appeared) is due even while other
 *       generations run: an unmeasured node is judged by its prior alone;</li>
 *   <li>a measured model is measured again only when the node is idle (nothing running or waiting) and its last
 *       measurement — a calibration or a real generation — is at least {@code refreshAfter} old.</li>
 * </ul>
 *
 * <p>Due models come in name order. Immutable and thread-safe.
 */
public final class CalibrationSchedule {
    private final Duration refreshAfter;

    public CalibrationSchedule(Duration refreshAfter) {
        if (refreshAfter == null || refreshAfter.isNegative() || refreshAfter.isZero()) {
            throw new IllegalArgumentException("the calibration refresh interval must be positive");
        }
        this.refreshAfter = refreshAfter;
    }

    /**
     * {@code lastMeasured}: per model, when it was last measured or tried (absent: never); {@code active} and
     * {@code queued}: person-facing generations running and waiting on this node.
     */
    public List<String> due(Collection<String> loaded, Map<String, Instant> lastMeasured, int active, int queued,
                            Instant now) {
        List<String> due = new ArrayList<>();
        if (queued > 0) return due;
        boolean idle = active == 0;
        for (String model : loaded) {
            Instant last = lastMeasured.get(model);
            if (last == null || idle && !now.isBefore(last.plus(refreshAfter))) due.add(model);
        }
        due.sort(null);
        return due;
    }
}
