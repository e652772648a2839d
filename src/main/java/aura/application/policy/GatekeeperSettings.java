package aura.application.policy;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The gatekeeper's settings: whether it runs, the optional guard model asked about each request (routed like any
 * generation), how long it may take, and what a request gets when it does not answer in time: sent on
 * ({@code failOpen}) or blocked.
 */
public record GatekeeperSettings(boolean enabled, Optional<String> guardModel, Duration guardTimeout, boolean failOpen) {
    public static final GatekeeperSettings OFF = new GatekeeperSettings(false, Optional.empty(), Duration.ofSeconds(5), false);
    public static final GatekeeperSettings RULES_ONLY = new GatekeeperSettings(true, Optional.empty(), Duration.ofSeconds(5), false);

    public GatekeeperSettings {
        guardModel = guardModel == null ? Optional.empty() : guardModel.filter(m -> !m.isBlank());
        Objects.requireNonNull(guardTimeout, "guardTimeout");
        if (guardTimeout.isNegative() || guardTimeout.isZero()) throw new IllegalArgumentException("the guard's timeout is positive");
    }
}
