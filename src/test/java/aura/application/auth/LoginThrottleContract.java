package aura.application.auth;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link LoginThrottle} must do: 5 failures per account, 20 per client address, within a minute. */
public abstract class LoginThrottleContract {
    protected abstract LoginThrottle throttle();

    private final String address = "10.1." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);

    @Test
    void fiveFailuresPauseTheAccountForAtMostAMinute() {
        String account = "acct-" + UUID.randomUUID();
        for (int i = 0; i < 4; i++) throttle().failed(account, address);
        assertThat(throttle().blockedFor(account, address)).isEmpty();
        throttle().failed(account, address);
        assertThat(throttle().blockedFor(account, address)).hasValueSatisfying(d ->
                assertThat(d).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1)));
        assertThat(throttle().blockedFor("other-" + account, "10.9.9.9")).isEmpty();
    }

    @Test
    void twentyFailuresFromOneAddressPauseEveryAccountFromIt() {
        for (int i = 0; i < 20; i++) throttle().failed("acct-" + UUID.randomUUID(), address);
        assertThat(throttle().blockedFor("fresh-" + UUID.randomUUID(), address)).isPresent();
        assertThat(throttle().blockedFor("fresh-" + UUID.randomUUID(), "10.9.9.8")).isEmpty();
    }

    @Test
    void aSuccessClearsTheAccountsCount() {
        String account = "acct-" + UUID.randomUUID();
        for (int i = 0; i < 4; i++) throttle().failed(account, address);
        throttle().succeeded(account);
        throttle().failed(account, address);
        assertThat(throttle().blockedFor(account, address)).isEmpty();
    }
}
