package aura.adapters.out.redis;

import aura.adapters.MeshMode;
import aura.application.policy.port.ResponseCache;
import aura.domain.policy.CachedAnswer;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Property;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.SetParams;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Answers of deterministic requests shared by the whole mesh: one Redis key per request, expiring after the time
 * to live, with this node's own copies in memory in front (Caffeine, at most {@code aura.policy.cache.max-entries},
 * each until its Redis key expires), so a repeated request on the same node is answered without a round trip.
 * Redis out of reach is a miss, unless this node holds the answer (a kept answer is then only in this node's
 * memory): the request is generated as usual.
 */
@Singleton
@MeshMode
public class RedisResponseCache implements ResponseCache {
    private final UnifiedJedis redis;
    private final ObjectMapper json;
    private final String prefix;
    private final long ttlMillis;
    private final Counter hits;
    private final Counter misses;
    /** This node's copies, each with the time its Redis key expires (it is forgotten then too). */
    private final Cache<String, Near> near;

    private record Near(CachedAnswer answer, long expiresAtMillis) {
        long nanosLeft() {
            return TimeUnit.MILLISECONDS.toNanos(Math.max(0, expiresAtMillis - System.currentTimeMillis()));
        }
    }

    public RedisResponseCache(UnifiedJedis redis, ObjectMapper json, @Property(name = "aura.mesh.name") String meshName,
                              @Property(name = "aura.policy.cache.ttl", defaultValue = "1h") Duration ttl,
                              @Property(name = "aura.policy.cache.max-entries", defaultValue = "10000") long maxEntries,
                              MeterRegistry meters) {
        this.near = Caffeine.newBuilder().maximumSize(maxEntries).expireAfter(new Expiry<String, Near>() {
            @Override
            public long expireAfterCreate(String key, Near value, long now) {
                return value.nanosLeft();
            }

            @Override
            public long expireAfterUpdate(String key, Near value, long now, long left) {
                return value.nanosLeft();
            }

            @Override
            public long expireAfterRead(String key, Near value, long now, long left) {
                return left;
            }
        }).build();
        this.redis = redis;
        this.json = json;
        this.prefix = "aura:" + meshName + ":answer:";
        this.ttlMillis = ttl.toMillis();
        this.hits = Counter.builder("aura.response.cache").tag("result", "hit").description("deterministic requests answered from the cache").register(meters);
        this.misses = Counter.builder("aura.response.cache").tag("result", "miss").description("deterministic requests answered from the cache").register(meters);
    }

    @Serdeable
    record Doc(String model, String text, int promptTokens, int outputTokens) {
    }

    @Override
    public Optional<CachedAnswer> find(String key) {
        Optional<CachedAnswer> found = Optional.ofNullable(near.getIfPresent(key)).map(Near::answer);
        if (found.isEmpty()) found = shared(key);
        (found.isPresent() ? hits : misses).increment();
        return found;
    }

    /** The answer another node (or this one) kept in Redis, copied into this node's memory until its key expires. */
    private Optional<CachedAnswer> shared(String key) {
        try {
            String stored = redis.get(prefix + key);
            if (stored == null) return Optional.empty();
            Doc d = json.readValue(stored, Doc.class);
            var answer = new CachedAnswer(d.model(), d.text(), d.promptTokens(), d.outputTokens());
            long left = redis.pttl(prefix + key);
            if (left > 0) near.put(key, new Near(answer, System.currentTimeMillis() + left));
            return Optional.of(answer);
        } catch (RuntimeException | IOException unreachableOrUnreadable) {
            return Optional.empty();
        }
    }

    @Override
    public void keep(String key, CachedAnswer a) {
        near.put(key, new Near(a, System.currentTimeMillis() + ttlMillis));
        try {
            redis.set(prefix + key, json.writeValueAsString(new Doc(a.model(), a.text(), a.promptTokens(), a.outputTokens())),
                    SetParams.setParams().px(ttlMillis));
        } catch (RuntimeException | IOException unreachable) {
            // a cache that cannot keep the answer only means the next identical request is generated again
        }
    }
}
