package aura.adapters.out.redis;

import aura.application.policy.ResponseCacheContract;
import aura.application.policy.port.ResponseCache;
import aura.testing.Services;
import io.micronaut.serde.ObjectMapper;
import aura.domain.policy.CachedAnswer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.UnifiedJedis;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The mesh's response cache on the real Redis. */
class RedisResponseCacheTest extends ResponseCacheContract {
    private final String mesh = "test-" + UUID.randomUUID();
    private final UnifiedJedis redis = new RedisConnectionFactory().jedis(Services.redis());

    @AfterEach
    void cleanUp() {
        redis.keys("aura:" + mesh + ":*").forEach(redis::del);
        redis.close();
    }

    @Override
    protected ResponseCache cache() {
        return new RedisResponseCache(redis, ObjectMapper.getDefault(), mesh, TTL, 100, meters);
    }

    @Test
    void anAnswerKeptOnOneNodeIsFoundOnAnotherAndEachHoldsItsOwnCopyInMemory() {
        ResponseCache one = cache();
        ResponseCache other = cache();
        String key = UUID.randomUUID().toString();
        var answer = new CachedAnswer("llama3", "Lisbon is the capital.", 12, 5);
        one.keep(key, answer);
        assertThat(other.find(key)).as("shared through Redis").contains(answer);
        redis.del("aura:" + mesh + ":answer:" + key);
        assertThat(one.find(key)).as("the node that kept it holds it in memory").contains(answer);
        assertThat(other.find(key)).as("and so does the node that read it").contains(answer);
        assertThat(cache().find(key)).as("a node that never held it misses once Redis lost it").isEmpty();
    }
}
