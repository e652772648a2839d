package aura.adapters.out.redis;

import aura.adapters.MeshMode;
import aura.application.monitor.port.MeshMonitorEvents;
import aura.domain.monitor.MonitorEvent;
import io.micronaut.context.annotation.Property;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.JedisPubSub;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisException;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * The monitor's events on the mesh's pub/sub channel {@code aura:<mesh>:monitor}, as JSON with the sender's id;
 * a node ignores its own. Announcing goes through one background thread, so the sampling thread never waits on
 * Redis; a lost event is only a live view's gap (the history is in the database), so failures are logged, not
 * retried.
 */
@Singleton
@MeshMode
public class RedisMonitorEvents implements MeshMonitorEvents {
    private static final Logger LOG = LoggerFactory.getLogger(RedisMonitorEvents.class);
    private final UnifiedJedis redis;
    private final ObjectMapper json;
    private final String channel;
    private final String sender = UUID.randomUUID().toString();
    private final ExecutorService announcer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "monitor-announcer");
        t.setDaemon(true);
        return t;
    });
    private volatile ChannelSubscription subscription;

    @Serdeable
    record EventDocument(String sender, String type, String node, long at, Map<String, Double> values, String detail,
                         String state) {
    }

    public RedisMonitorEvents(UnifiedJedis redis, ObjectMapper json, @Property(name = "aura.mesh.name") String meshName) {
        this.redis = redis;
        this.json = json;
        this.channel = "aura:" + meshName + ":monitor";
    }

    @Override
    public void announce(MonitorEvent e) {
        announcer.execute(() -> {
            try {
                redis.publish(channel, json.writeValueAsString(new EventDocument(sender, e.type().name(), e.node(),
                        e.at().toEpochMilli(), e.values(), e.detail(), e.state())));
            } catch (IOException | JedisException failure) {
                LOG.debug("Could not announce a monitor event: {}", failure.getMessage());
            }
        });
    }

    @Override
    public void follow(Consumer<MonitorEvent> onEvent) {
        var listener = new JedisPubSub() {
            @Override
            public void onMessage(String channelName, String message) {
                try {
                    var d = json.readValue(message, EventDocument.class);
                    if (sender.equals(d.sender())) return;
                    onEvent.accept(new MonitorEvent(MonitorEvent.Type.valueOf(d.type()), d.node(),
                            Instant.ofEpochMilli(d.at()), d.values() == null ? Map.of() : d.values(), d.detail(), d.state()));
                } catch (IOException | RuntimeException e) {
                    LOG.debug("Ignored a monitor event that does not read: {}", e.toString());
                }
            }
        };
        subscription = ChannelSubscription.start(redis, channel, listener, "monitor-events");
    }


    @PreDestroy
    void stop() {
        announcer.shutdownNow();
        ChannelSubscription s = subscription;
        if (s != null) s.close();
    }
}
