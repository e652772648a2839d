package aura.domain.monitor;

import java.time.Instant;

/**
 * One state change of one alert: from which state to which, when, on what value, and since when the alert has
 * been active (pending or firing; null once it is inactive again, and for a change heard without it).
 */
public record AlertChange(String rule, String node, Alert.State from, Alert.State state, Instant at, double value,
                          AlertRule.Severity severity, Instant activeSince) {
}
