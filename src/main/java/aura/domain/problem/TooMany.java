package aura.domain.problem;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The caller has asked too much for now (HTTP 429 with Retry-After): the reasons differ (failed logins, a spent
 * budget), the answer does not.
 */
public abstract class TooMany extends Refusal {
    private final Duration retryAfter;

    protected TooMany(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
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
