package aura.domain.monitor;

/**
 * An alert rule as a person wrote it, and where ({@code FILE:LINE}), so a rule that clashes with another can be
 * pointed at. A rule switched off ({@code enabled: false}) takes its name out of force: a default's, or its own.
 */
public record OwnAlertRule(String where, AlertRule rule, boolean enabled) {
}
