package aura.adapters.out.redis;

import aura.adapters.MeshMode;
import aura.application.auth.LoginThrottle;
import aura.domain.auth.LoginLimits;
import aura.domain.mesh.NodeSettings;
import jakarta.inject.Singleton;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.params.SetParams;

import java.time.Duration;
import java.util.Optional;

/**
 * Failed-login counters shared by the whole mesh: one Redis counter per account and per client address, whose
 * window opens at the first failure and expires a minute later.
 */
@Singleton
@MeshMode
public class RedisLoginThrottle implements LoginThrottle {
    private final JedisPooled redis;
    private final String prefix;
    private final LoginLimits limits = LoginLimits.DEFAULT;

    public RedisLoginThrottle(JedisPooled redis, NodeSettings settings) {
        this.redis = redis;
        this.prefix = "aura:" + settings.meshName() + ":login-fail:";
    }

    @Override
    public Optional<Duration> blockedFor(String account, String address) {
        return RedisCalls.call(() -> blocked(prefix + "acct:" + account, limits.perAccount())
                .or(() -> blocked(prefix + "addr:" + address, limits.perAddress())));
    }

    private Optional<Duration> blocked(String key, int limit) {
        String count = redis.get(key);
        if (count == null || Integer.parseInt(count) < limit) return Optional.empty();
        long ttl = redis.pttl(key);
        return ttl > 0 ? Optional.of(Duration.ofMillis(ttl)) : Optional.empty();
    }

    @Override
    public void failed(String account, String address) {
        RedisCalls.run(() -> {
            count(prefix + "acct:" + account);
            count(prefix + "addr:" + address);
        });
    }

    private void count(String key) {
        // Open the window with its expiry first, so a counter can never outlive it.
        redis.set(key, "0", SetParams.setParams().nx().px(limits.window().toMillis()));
        redis.incr(key);
    }

    @Override
    public void succeeded(String account) {
        RedisCalls.run(() -> redis.del(prefix + "acct:" + account));
    }
}
