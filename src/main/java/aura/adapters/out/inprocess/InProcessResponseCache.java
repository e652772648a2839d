package aura.adapters.out.inprocess;

import aura.adapters.SoloMode;
import aura.application.policy.port.ResponseCache;
import aura.domain.policy.CachedAnswer;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Property;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.Optional;

/** Answers of deterministic requests in this node's memory (Caffeine), each for the time to live, the oldest out first. */
@Singleton
@SoloMode
public class InProcessResponseCache implements ResponseCache {
    private final Cache<String, CachedAnswer> answers;
    private final Counter hits;
    private final Counter misses;

    public InProcessResponseCache(@Property(name = "aura.policy.cache.ttl", defaultValue = "1h") Duration ttl,
                                  @Property(name = "aura.policy.cache.max-entries", defaultValue = "10000") long maxEntries,
                                  MeterRegistry meters) {
        this.answers = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(maxEntries).build();
        this.hits = Counter.builder("aura.response.cache").tag("result", "hit").description("deterministic requests answered from the cache").register(meters);
        this.misses = Counter.builder("aura.response.cache").tag("result", "miss").description("deterministic requests answered from the cache").register(meters);
    }

    @Override
    public Optional<CachedAnswer> find(String key) {
        Optional<CachedAnswer> found = Optional.ofNullable(answers.getIfPresent(key));
        (found.isPresent() ? hits : misses).increment();
        return found;
    }

    @Override
    public void keep(String key, CachedAnswer answer) {
        answers.put(key, answer);
    }
}
