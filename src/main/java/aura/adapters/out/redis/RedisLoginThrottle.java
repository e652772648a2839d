package aura.adapters.out.redis;

import io.micronaut.context.annotation.Property;
import aura.adapters.MeshMode;
import aura.application.auth.port.LoginThrottle;
import jakarta.inject.Singleton;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.SetParams;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Failed-login counters shared by the whole mesh: a Redis hash per counter ({@code count}, {@code last}) that
 * expires its memory after the last failure, and one expiring key per known browser of an account.
 */
@Singleton
@MeshMode
public class RedisLoginThrottle implements LoginThrottle {
    private final UnifiedJedis redis;
    private final Clock clock;
    private final String prefix;

    public RedisLoginThrottle(UnifiedJedis redis, @Property(name = "aura.mesh.name") String meshName, Clock clock) {
        this.redis = redis;
        this.clock = clock;
        this.prefix = "aura:" + meshName + ":login-";
    }

    @Override
    public Failures failures(String key) {
        List<String> fields = RedisCalls.call(() -> redis.hmget(prefix + "fail:" + key, "count", "last"));
        if (fields.get(0) == null || fields.get(1) == null) return Failures.NONE;
        return new Failures(Integer.parseInt(fields.get(0)), Instant.ofEpochMilli(Long.parseLong(fields.get(1))));
    }

    @Override
    public void failed(String key, Duration memory) {
        String k = prefix + "fail:" + key;
        RedisCalls.run(() -> {
            redis.hincrBy(k, "count", 1);
            redis.hset(k, "last", Long.toString(clock.millis()));
            redis.pexpire(k, memory.toMillis());
        });
    }

    @Override
    public void clear(String key) {
        RedisCalls.run(() -> redis.del(prefix + "fail:" + key));
    }

    @Override
    public boolean trusts(String account, String deviceHash) {
        return RedisCalls.call(() -> redis.exists(prefix + "device:" + account + ":" + deviceHash));
    }

    @Override
    public void trust(String account, String deviceHash, Duration lifetime) {
        RedisCalls.run(() -> redis.set(prefix + "device:" + account + ":" + deviceHash, "1",
                SetParams.setParams().px(lifetime.toMillis())));
    }
}
