package aura.adapters.out.redis;

import io.micronaut.context.annotation.Property;
import aura.adapters.MeshMode;
import aura.application.mesh.port.NodeDirectory;
import aura.domain.mesh.Heartbeat;
import aura.domain.problem.Unavailable;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.SetParams;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Heartbeats in Redis: one key per node that expires after {@link #TIME_TO_LIVE}, so a killed node vanishes on
 * its own, and a hash of last-seen times that outlives it. While Redis cannot be reached (its master died and the
 * Sentinels are promoting the replica), the nodes this node last read stay live for one {@link #TIME_TO_LIVE} after
 * that read, as their keys would have: answers keep being routed through a switch of a few seconds.
 */
@Singleton
@MeshMode
public class RedisNodeDirectory implements NodeDirectory {
    private static final Logger LOG = LoggerFactory.getLogger(RedisNodeDirectory.class);

    private final UnifiedJedis redis;
    private final ObjectMapper json;
    private final String prefix;
    private final Clock clock;
    private volatile LastRead lastRead;

    /** The live nodes as last read from Redis, and when. */
    private record LastRead(Instant at, List<Heartbeat> live) {
    }

    public RedisNodeDirectory(UnifiedJedis redis, ObjectMapper json, @Property(name = "aura.mesh.name") String meshName,
                              Clock clock) {
        this.redis = redis;
        this.json = json;
        this.prefix = "aura:" + meshName + ":";
        this.clock = clock;
    }

    @Override
    public void publish(Heartbeat heartbeat) {
        try {
            String body = json.writeValueAsString(HeartbeatDocument.of(heartbeat));
            RedisCalls.run(() -> {
                redis.set(nodeKey(heartbeat.name()), body, SetParams.setParams().px(TIME_TO_LIVE.toMillis()));
                redis.hset(lastSeenKey(), heartbeat.name(), Long.toString(heartbeat.at().toEpochMilli()));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Collection<Heartbeat> live() {
        try {
            List<Heartbeat> live = read();
            lastRead = new LastRead(clock.instant(), List.copyOf(live));
            return live;
        } catch (Unavailable outage) {
            LastRead last = lastRead;
            if (last != null && clock.instant().isBefore(last.at().plus(TIME_TO_LIVE))) return last.live();
            throw outage;
        }
    }

    private List<Heartbeat> read() {
        List<String> names = new ArrayList<>(RedisCalls.call(() -> redis.hkeys(lastSeenKey())));
        if (names.isEmpty()) return List.of();
        List<String> bodies = RedisCalls.call(() -> redis.mget(names.stream().map(this::nodeKey).toArray(String[]::new)));
        List<Heartbeat> live = new ArrayList<>();
        for (String body : bodies) {
            if (body == null) continue;
            try {
                live.add(json.readValue(body, HeartbeatDocument.class).toHeartbeat());
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("Ignoring an unreadable heartbeat: {}", e.getMessage());
            }
        }
        return live;
    }

    @Override
    public Map<String, Instant> lastSeen() {
        Map<String, Instant> seen = new HashMap<>();
        RedisCalls.call(() -> redis.hgetAll(lastSeenKey())).forEach((name, millis) -> seen.put(name, Instant.ofEpochMilli(Long.parseLong(millis))));
        return seen;
    }

    private String nodeKey(String name) {
        return prefix + "node:" + name;
    }

    private String lastSeenKey() {
        return prefix + "last-seen";
    }
}
