package aura.application.auth;

import aura.application.auth.port.LoginThrottle;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link LoginThrottle} must do: count failures per key across the mesh, and remember known browsers. */
public abstract class LoginThrottleContract {
    protected abstract LoginThrottle throttle();

    private final String key = "acct:" + UUID.randomUUID();

    @Test
    void failuresAreCountedPerKeyWithTheTimeOfTheLast() {
        Instant before = Instant.now().minusSeconds(1);
        for (int i = 0; i < 3; i++) throttle().failed(key, Duration.ofMinutes(1));
        var failures = throttle().failures(key);
        assertThat(failures.count()).isEqualTo(3);
        assertThat(failures.last()).isAfter(before);
        assertThat(throttle().failures("acct:" + UUID.randomUUID())).isEqualTo(LoginThrottle.Failures.NONE);
    }

    @Test
    void aClearedCounterStartsAgain() {
        throttle().failed(key, Duration.ofMinutes(1));
        throttle().clear(key);
        assertThat(throttle().failures(key).count()).isZero();
    }

    @Test
    void aCounterIsForgottenAfterItsMemory() throws InterruptedException {
        throttle().failed(key, Duration.ofMillis(200));
        Thread.sleep(600);
        assertThat(throttle().failures(key).count()).isZero();
    }

    @Test
    void aBrowserIsKnownOnlyToTheAccountItLoggedInTo() {
        String device = UUID.randomUUID().toString();
        throttle().trust("alice", device, Duration.ofMinutes(1));
        assertThat(throttle().trusts("alice", device)).isTrue();
        assertThat(throttle().trusts("mallory", device)).isFalse();
        assertThat(throttle().trusts("alice", "another")).isFalse();
    }
}
