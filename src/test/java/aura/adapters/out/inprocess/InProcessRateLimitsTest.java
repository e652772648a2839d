package aura.adapters.out.inprocess;

import aura.domain.policy.RateLimit;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** A solo node's rate-limit buckets: a minute's requests, then the wait until the next one refills. */
class InProcessRateLimitsTest {
    private final InProcessRateLimits limits = new InProcessRateLimits();

    @Test
    void theMinutesRequestsAreAdmittedThenTheNextWaitsForItsRefill() {
        var limit = new RateLimit(6, 0);
        for (int i = 0; i < 6; i++) assertThat(limits.admit("user:ann", limit)).isEmpty();
        // 6 a minute refill one every 10 s
        assertThat(limits.admit("user:ann", limit)).hasValueSatisfying(w ->
                assertThat(w).isBetween(Duration.ofSeconds(9), Duration.ofSeconds(10)));
    }

    @Test
    void aChangedLimitStartsAFreshBucket() {
        for (int i = 0; i < 2; i++) limits.admit("user:ann", new RateLimit(2, 0));
        assertThat(limits.admit("user:ann", new RateLimit(2, 0))).isPresent();
        assertThat(limits.admit("user:ann", new RateLimit(5, 0))).isEmpty();
    }
}
