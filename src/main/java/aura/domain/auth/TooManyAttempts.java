package aura.domain.auth;

import java.time.Duration;

/** Login is paused for this account or client address; try again after {@code retryAfter}. */
public class TooManyAttempts extends RuntimeException {
    private final Duration retryAfter;

    public TooManyAttempts(Duration retryAfter) {
        super("too many failed logins: try again in " + Math.max(1, retryAfter.toSeconds()) + " s");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
