package aura.adapters.out.inprocess;

import aura.adapters.SoloMode;
import aura.application.auth.LoginThrottle;
import aura.domain.auth.LoginLimits;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Failed-login counters of a solo node: a window opens at the first failure and closes a minute later. */
@Singleton
@SoloMode
public class InProcessLoginThrottle implements LoginThrottle {
    private record Window(int failures, Instant ends) {
    }

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final LoginLimits limits = LoginLimits.DEFAULT;
    private final Clock clock;

    public InProcessLoginThrottle(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Optional<Duration> blockedFor(String account, String address) {
        return blocked("acct:" + account, limits.perAccount()).or(() -> blocked("addr:" + address, limits.perAddress()));
    }

    private Optional<Duration> blocked(String key, int limit) {
        Window w = windows.get(key);
        Instant now = clock.instant();
        if (w == null || !now.isBefore(w.ends()) || w.failures() < limit) return Optional.empty();
        return Optional.of(Duration.between(now, w.ends()));
    }

    @Override
    public void failed(String account, String address) {
        count("acct:" + account);
        count("addr:" + address);
    }

    private void count(String key) {
        Instant now = clock.instant();
        windows.compute(key, (k, w) -> w == null || !now.isBefore(w.ends())
                ? new Window(1, now.plus(limits.window())) : new Window(w.failures() + 1, w.ends()));
    }

    @Override
    public void succeeded(String account) {
        windows.remove("acct:" + account);
    }
}
