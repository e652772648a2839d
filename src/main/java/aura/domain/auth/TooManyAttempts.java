package aura.domain.auth;

import aura.domain.problem.TooMany;

import java.time.Duration;

/** Login is paused for this account or client address; try again after {@code retryAfter}. */
public class TooManyAttempts extends TooMany {
    public TooManyAttempts(Duration retryAfter) {
        super("too many failed logins: try again in " + Math.max(1, retryAfter.toSeconds()) + " s", retryAfter);
    }
}
