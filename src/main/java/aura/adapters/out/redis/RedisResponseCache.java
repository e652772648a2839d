package aura.adapters.out.redis;

import aura.adapters.MeshMode;
import aura.application.policy.port.ResponseCache;
import aura.domain.policy.CachedAnswer;
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

/**
 * Answers of deterministic requests shared by the whole mesh: one Redis key per request, expiring after the time
 * to live. Redis out of reach is a miss (and a kept answer is dropped): the request is generated as usual.
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

    public RedisResponseCache(UnifiedJedis redis, ObjectMapper json, @Property(name = "aura.mesh.name") String meshName,
                              @Property(name = "aura.policy.cache.ttl", defaultValue = "1h") Duration ttl,
                              MeterRegistry meters) {
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
        Optional<CachedAnswer> found;
        try {
            String stored = redis.get(prefix + key);
            Doc d = stored == null ? null : json.readValue(stored, Doc.class);
            found = d == null ? Optional.empty() : Optional.of(new CachedAnswer(d.model(), d.text(), d.promptTokens(), d.outputTokens()));
        } catch (RuntimeException | IOException unreachableOrUnreadable) {
            found = Optional.empty();
        }
        (found.isPresent() ? hits : misses).increment();
        return found;
    }

    @Override
    public void keep(String key, CachedAnswer a) {
        try {
            redis.set(prefix + key, json.writeValueAsString(new Doc(a.model(), a.text(), a.promptTokens(), a.outputTokens())),
                    SetParams.setParams().px(ttlMillis));
        } catch (RuntimeException | IOException unreachable) {
            // a cache that cannot keep the answer only means the next identical request is generated again
        }
    }
}
