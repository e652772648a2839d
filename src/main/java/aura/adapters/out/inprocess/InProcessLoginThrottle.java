package aura.adapters.out.inprocess;

import aura.adapters.SoloMode;
import aura.application.auth.port.LoginThrottle;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Failed-login counters and known browsers of a solo node, in memory. */
@Singleton
@SoloMode
public class InProcessLoginThrottle implements LoginThrottle {
    private record Counter(int count, Instant last, Instant forgotten) {
    }

    private final Map<String, Counter> counters = new ConcurrentHashMap<>();
    private final Map<String, Instant> devices = new ConcurrentHashMap<>();
    private final Clock clock;

    public InProcessLoginThrottle(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Failures failures(String key) {
        Counter c = counters.get(key);
        if (c == null || !clock.instant().isBefore(c.forgotten())) return Failures.NONE;
        return new Failures(c.count(), c.last());
    }

    @Override
    public void failed(String key, Duration memory) {
        Instant now = clock.instant();
        counters.compute(key, (k, c) -> c == null || !now.isBefore(c.forgotten())
                ? new Counter(1, now, now.plus(memory)) : new Counter(c.count() + 1, now, now.plus(memory)));
    }

    @Override
    public void clear(String key) {
        counters.remove(key);
    }

    @Override
    public boolean trusts(String account, String deviceHash) {
        Instant until = devices.get(account + "/" + deviceHash);
        return until != null && clock.instant().isBefore(until);
    }

    @Override
    public void trust(String account, String deviceHash, Duration lifetime) {
        devices.put(account + "/" + deviceHash, clock.instant().plus(lifetime));
    }
}
