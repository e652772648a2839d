package aura.application.auth;

import aura.application.auth.port.LoginThrottle;
import aura.domain.auth.LoginLimits;
import aura.domain.auth.TooManyAttempts;
import aura.domain.auth.Totp;
import aura.domain.auth.UserAccount;
import aura.domain.problem.InvalidInput;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * Checks a one-time code of a logged-in user under the same throttle as logins: a stolen session or API key cannot
 * try the million codes to turn the second factor off. Wrong codes are counted per account; past the free ones the
 * caller waits, with the same backoff as a login.
 */
@Singleton
class TotpCodeCheck {
    private final LoginThrottle throttle;
    private final Clock clock;
    private final LoginLimits limits = LoginLimits.DEFAULT;

    TotpCodeCheck(LoginThrottle throttle, Clock clock) {
        this.throttle = throttle;
        this.clock = clock;
    }

    public void verify(UserAccount user, String code) {
        String key = "totp:" + user.id();
        var failures = throttle.failures(key);
        limits.pause(limits.perAccount(), failures.count(), failures.last(), clock.instant()).ifPresent(pause -> {
            throw new TooManyAttempts(pause);
        });
        if (!Totp.verify(user.totpSecret().orElseThrow(), code == null ? "" : code.trim(), clock.instant())) {
            throw refusedAfterCounting(key);
        }
        throttle.clear(key);
    }

    private InvalidInput refusedAfterCounting(String key) {
        throttle.failed(key, limits.memory());
        return new InvalidInput("code", "the one-time code is wrong or expired");
    }
}
