package aura.domain.auth;

import aura.domain.problem.Refusal;

import java.time.Duration;
import java.util.Optional;

/** Login is paused for this account or client address; try again after {@code retryAfter}. */
public class TooManyAttempts extends Refusal {
    private final Duration retryAfter;

    public TooManyAttempts(Duration retryAfter) {
        super("too many failed logins: try again in " + Math.max(1, retryAfter.toSeconds()) + " s");
        this.retryAfter = retryAfter;
    }

    @Override
    public Kind kind() {
        return Kind.TOO_MANY;
    }

    @Override
    public Optional<Duration> retryAfter() {
        return Optional.of(retryAfter);
    }
}
