package aura.adapters.out.redis;

import aura.adapters.MeshMode;
import aura.application.auth.port.SessionStore;
import aura.domain.auth.AuthSession;
import io.micronaut.context.annotation.Property;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.JedisPubSub;
import redis.clients.jedis.exceptions.JedisException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sessions shared by the mesh: a Redis hash per session expiring with it, a set of session ids per user, and a
 * pub/sub channel on which revocations reach every node at once. Each node remembers when it last confirmed a
 * session, so most requests cost no round trip; a revocation message drops that memory immediately. When Redis
 * cannot be reached, a session confirmed within the grace keeps working; after that it is refused (fail closed);
 * every other operation answers {@link aura.domain.problem.Unavailable}.
 */
@Singleton
@MeshMode
public class RedisSessionStore implements SessionStore {
    private static final Logger LOG = LoggerFactory.getLogger(RedisSessionStore.class);
    private static final Duration RECHECK = Duration.ofSeconds(5);
    private static final String ROTATE = "if redis.call('hget', KEYS[1], 'refreshHash') == ARGV[1] then "
            + "redis.call('hset', KEYS[1], 'refreshHash', ARGV[2], 'lastSeen', ARGV[3]) return 1 else return 0 end";

    /** Touches a live session and answers its owner; nil when there is none. */
    private static final String TOUCH = "if redis.call('exists', KEYS[1]) == 1 then "
            + "redis.call('hset', KEYS[1], 'lastSeen', ARGV[1]) return redis.call('hget', KEYS[1], 'userId') "
            + "else return false end";

    /** When this node last confirmed a session live, and whose it is (which never changes). */
    private record Confirmed(Instant at, String userId) {
    }

    private final UnifiedJedis redis;
    private final Clock clock;
    private final Duration grace;
    private final String prefix;
    private final String channel;
    private final Map<String, Confirmed> confirmed = new ConcurrentHashMap<>();
    private final RevocationListener listener = new RevocationListener();
    private final ChannelSubscription revocations;

    public RedisSessionStore(UnifiedJedis redis, @Property(name = "aura.mesh.name") String meshName, Clock clock,
                             @Property(name = "aura.auth.redis-grace", defaultValue = "30s") Duration grace) {
        this.redis = redis;
        this.clock = clock;
        this.grace = grace;
        this.prefix = "aura:" + meshName + ":";
        this.channel = prefix + "sessions-revoked";
        this.revocations = ChannelSubscription.start(redis, channel, listener, "session-revocations");
    }

    @Override
    public void create(AuthSession s) {
        String key = key(s.id());
        RedisCalls.run(() -> {
            redis.hset(key, SessionHash.of(s));
            redis.pexpireAt(key, s.expires().toEpochMilli());
            redis.sadd(userKey(s.userId()), s.id());
        });
        confirmed.put(s.id(), new Confirmed(clock.instant(), s.userId()));
    }

    @Override
    public Optional<AuthSession> find(String sessionId) {
        Map<String, String> fields = RedisCalls.call(() -> redis.hgetAll(key(sessionId)));
        return fields.isEmpty() ? Optional.empty() : Optional.of(SessionHash.toSession(fields));
    }

    @Override
    public boolean isLive(String sessionId) {
        return liveOwner(sessionId).isPresent();
    }

    @Override
    public boolean isLiveFor(String sessionId, String userId) {
        return liveOwner(sessionId).filter(owner -> owner.equals(userId)).isPresent();
    }

    private Optional<String> liveOwner(String sessionId) {
        Instant now = clock.instant();
        Confirmed last = confirmed.get(sessionId);
        if (last != null && now.isBefore(last.at().plus(RECHECK))) return Optional.of(last.userId());
        try {
            Object owner = redis.eval(TOUCH, List.of(key(sessionId)), List.of(Long.toString(now.toEpochMilli())));
            if (!(owner instanceof String userId)) {
                confirmed.remove(sessionId);
                return Optional.empty();
            }
            confirmed.put(sessionId, new Confirmed(now, userId));
            return Optional.of(userId);
        } catch (JedisException e) {
            boolean withinGrace = last != null && now.isBefore(last.at().plus(grace));
            LOG.warn("Redis unreachable while checking a session ({}): {}", e.getMessage(),
                    withinGrace ? "honouring it within the grace" : "refusing it");
            return withinGrace ? Optional.of(last.userId()) : Optional.empty();
        }
    }

    @Override
    public boolean rotateRefresh(String sessionId, String expectedHash, AuthSession updated) {
        Object result = RedisCalls.call(() -> redis.eval(ROTATE, List.of(key(sessionId)),
                List.of(expectedHash, updated.refreshHash(), Long.toString(updated.lastSeen().toEpochMilli()))));
        return Long.valueOf(1).equals(result);
    }

    @Override
    public void revoke(String sessionId) {
        // Forgotten here first: even if Redis is unreachable, this node stops honouring the session at once.
        confirmed.remove(sessionId);
        RedisCalls.run(() -> {
            find(sessionId).ifPresent(s -> redis.srem(userKey(s.userId()), sessionId));
            redis.del(key(sessionId));
            redis.publish(channel, sessionId);
        });
    }

    @Override
    public List<AuthSession> forUser(String userId) {
        return RedisCalls.call(() -> {
            List<AuthSession> live = new ArrayList<>();
            for (String id : redis.smembers(userKey(userId))) {
                Optional<AuthSession> session = find(id);
                if (session.isPresent()) live.add(session.get());
                else redis.srem(userKey(userId), id);
            }
            return live;
        });
    }

    /** True once revocation messages are arriving. */
    boolean subscribed() {
        return revocations.subscribed();
    }

    @PreDestroy
    void stop() {
        revocations.close();
    }

    private final class RevocationListener extends JedisPubSub {
        @Override
        public void onMessage(String channelName, String sessionId) {
            confirmed.remove(sessionId);
        }

        /** Revocations may have been missed while unsubscribed: every session is checked afresh from now on. */
        @Override
        public void onSubscribe(String channelName, int subscribedChannels) {
            confirmed.clear();
        }
    }

    private String key(String id) {
        return prefix + "session:" + id;
    }

    private String userKey(String userId) {
        return prefix + "user-sessions:" + userId;
    }

    /** The Redis hash layout of a session. */
    static final class SessionHash {
        private SessionHash() {
        }

        static Map<String, String> of(AuthSession s) {
            Map<String, String> m = new HashMap<>();
            m.put("id", s.id());
            m.put("userId", s.userId());
            m.put("username", s.username());
            m.put("admin", Boolean.toString(s.admin()));
            m.put("node", s.node());
            m.put("created", Long.toString(s.created().toEpochMilli()));
            m.put("lastSeen", Long.toString(s.lastSeen().toEpochMilli()));
            m.put("clientAddress", s.clientAddress());
            m.put("userAgent", s.userAgent());
            m.put("refreshHash", s.refreshHash());
            m.put("expires", Long.toString(s.expires().toEpochMilli()));
            return m;
        }

        static AuthSession toSession(Map<String, String> m) {
            return new AuthSession(m.get("id"), m.get("userId"), m.get("username"), Boolean.parseBoolean(m.get("admin")),
                    m.get("node"), millis(m, "created"), millis(m, "lastSeen"), m.get("clientAddress"),
                    m.get("userAgent"), m.get("refreshHash"), millis(m, "expires"));
        }

        private static Instant millis(Map<String, String> m, String field) {
            return Instant.ofEpochMilli(Long.parseLong(m.get(field)));
        }
    }
}
