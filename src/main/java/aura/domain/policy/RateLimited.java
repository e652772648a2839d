package aura.domain.policy;

import aura.domain.problem.TooMany;

import java.time.Duration;

/** A person or an API key asked more than its rate limit allows this minute (HTTP 429 with Retry-After). */
public class RateLimited extends TooMany {
    public RateLimited(String message, Duration retryAfter) {
        super(message, retryAfter.isNegative() || retryAfter.isZero() ? Duration.ofSeconds(1) : retryAfter);
    }
}
