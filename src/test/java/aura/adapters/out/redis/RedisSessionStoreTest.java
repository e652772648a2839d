package aura.adapters.out.redis;

import aura.testing.HandClock;

import aura.application.auth.port.SessionStore;
import aura.application.auth.SessionStoreContract;
import aura.testing.Services;
import aura.testing.TcpProxy;
import aura.domain.problem.Unavailable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.UnifiedJedis;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Redis session store against the real Redis, in a mesh namespace of its own per test. */
class RedisSessionStoreTest extends SessionStoreContract {
    private final String mesh = "test-" + UUID.randomUUID();
    private final List<AutoCloseable> toClose = new ArrayList<>();
    private final RedisSessionStore store = store(Services.redis(), Clock.systemUTC());

    private RedisSessionStore store(String redisUrl, Clock clock) {
        UnifiedJedis jedis = new RedisConnectionFactory().jedis(redisUrl);
        var s = new RedisSessionStore(jedis, mesh, clock, Duration.ofSeconds(30));
        for (int i = 0; i < 100 && !s.subscribed(); i++) sleep(20);
        toClose.add(() -> {
            s.stop();
            jedis.close();
        });
        return s;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @AfterEach
    void cleanUp() throws Exception {
        try (UnifiedJedis redis = new redis.clients.jedis.JedisPooled("127.0.0.1", 6379)) {
            redis.keys("aura:" + mesh + ":*").forEach(redis::del);
        }
        for (AutoCloseable c : toClose) c.close();
    }

    @Override
    protected SessionStore store() {
        return store;
    }

    @Test
    void aRevocationOnOneNodeIsRefusedOnTheOtherWithinOneSecond() throws Exception {
        RedisSessionStore other = store(Services.redis(), Clock.systemUTC());
        var s = session("u9");
        store.create(s);
        assertThat(other.isLive(s.id())).isTrue();

        store.revoke(s.id());
        long deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
        while (other.isLive(s.id()) && System.nanoTime() < deadline) Thread.sleep(20);
        assertThat(other.isLive(s.id())).isFalse();
    }

    @Test
    void withoutRedisAConfirmedSessionLastsTheGraceAndThenIsRefused() throws Exception {
        var clock = new HandClock(Instant.now());
        try (TcpProxy proxy = new TcpProxy(6379)) {
            RedisSessionStore node = store("redis://127.0.0.1:" + proxy.port(), clock);
            var s = session("u10");
            node.create(s);
            assertThat(node.isLive(s.id())).isTrue();

            proxy.cut();
            clock.advance(Duration.ofSeconds(10));
            assertThat(node.isLive(s.id())).as("within the 30 s grace").isTrue();
            assertThat(node.isLive(UUID.randomUUID().toString())).as("never confirmed").isFalse();
            clock.advance(Duration.ofSeconds(25));
            assertThat(node.isLive(s.id())).as("grace over: fail closed").isFalse();

            proxy.restore();
            boolean back = false;
            for (int i = 0; i < 20 && !back; i++) {
                back = node.isLive(s.id());
                if (!back) Thread.sleep(100);
            }
            assertThat(back).as("Redis is back").isTrue();
        }
    }

    @Test
    void withoutRedisEveryOtherOperationIsUnavailableNotACrash() throws Exception {
        try (TcpProxy proxy = new TcpProxy(6379)) {
            RedisSessionStore node = store("redis://127.0.0.1:" + proxy.port(), Clock.systemUTC());
            var s = session("u11");
            node.create(s);
            proxy.cut();
            assertThatThrownBy(() -> node.create(session("u12"))).isInstanceOf(Unavailable.class);
            assertThatThrownBy(() -> node.find(s.id())).isInstanceOf(Unavailable.class);
            assertThatThrownBy(() -> node.forUser("u11")).isInstanceOf(Unavailable.class);
            assertThatThrownBy(() -> node.revoke(s.id())).isInstanceOf(Unavailable.class);
            assertThat(node.isLive(s.id())).as("a revocation that Redis missed still ends it on this node").isFalse();
        }
    }
}
