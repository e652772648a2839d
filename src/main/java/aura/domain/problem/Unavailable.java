package aura.domain.problem;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The node cannot serve this now but will again: a shared service is unreachable, or the node is saturated
 * (HTTP 503 with Retry-After). Nothing was changed; the same request may be sent again after {@code retryAfter}.
 */
public class Unavailable extends Refusal {
    private final Duration retryAfter;

    public Unavailable(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    }

    @Override
    public Kind kind() {
        return Kind.UNAVAILABLE;
    }

    @Override
    public Optional<Duration> retryAfter() {
        return Optional.of(retryAfter);
    }
}
