package aura.application.policy;

import aura.application.policy.port.ResponseCache;
import aura.domain.policy.CachedAnswer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What every response cache does: keeps an answer by key for its time to live, and counts hits and misses. */
public abstract class ResponseCacheContract {
    protected static final Duration TTL = Duration.ofMillis(400);
    protected final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    /** A cache whose answers live {@link #TTL}, counting into {@link #meters}. */
    protected abstract ResponseCache cache();

    double count(String result) {
        return meters.counter("aura.response.cache", "result", result).count();
    }

    @Test
    void aKeptAnswerIsFoundByItsKeyAndAnotherKeyMisses() {
        ResponseCache cache = cache();
        String key = UUID.randomUUID().toString();
        var answer = new CachedAnswer("llama3", "Lisbon is the capital.", 12, 5);
        assertThat(cache.find(key)).isEmpty();
        cache.keep(key, answer);
        assertThat(cache.find(key)).contains(answer);
        assertThat(cache.find(key + "x")).isEmpty();
        assertThat(count("hit")).isEqualTo(1);
        assertThat(count("miss")).isEqualTo(2);
    }

    @Test
    void anAnswerIsForgottenAfterItsTimeToLive() throws InterruptedException {
        ResponseCache cache = cache();
        String key = UUID.randomUUID().toString();
        cache.keep(key, new CachedAnswer("llama3", "soon gone", 1, 2));
        Thread.sleep(TTL.toMillis() * 3);
        assertThat(cache.find(key)).isEmpty();
    }
}
