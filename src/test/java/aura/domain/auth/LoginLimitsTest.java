package aura.domain.auth;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class LoginLimitsTest {
    private final LoginLimits limits = LoginLimits.DEFAULT;
    private final Instant last = Instant.parse("2026-12-01T08:00:00Z");

    @Test
    void theFreeFailuresCostNothing() {
        assertThat(limits.pause(5, 4, last, last)).isEmpty();
    }

    @Test
    void afterThemThePauseDoublesWithEachFailureUpToTheLongest() {
        assertThat(limits.pause(5, 5, last, last)).contains(Duration.ofSeconds(30));
        assertThat(limits.pause(5, 6, last, last)).contains(Duration.ofSeconds(60));
        assertThat(limits.pause(5, 8, last, last)).contains(Duration.ofMinutes(4));
        assertThat(limits.pause(5, 60, last, last)).contains(Duration.ofMinutes(15));
    }

    @Test
    void aPauseEndsAndTheNextTryIsAllowed() {
        assertThat(limits.pause(5, 6, last, last.plusSeconds(59))).contains(Duration.ofSeconds(1));
        assertThat(limits.pause(5, 6, last, last.plusSeconds(60))).isEmpty();
    }
}
