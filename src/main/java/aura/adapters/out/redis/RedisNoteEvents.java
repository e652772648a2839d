package aura.adapters.out.redis;

import aura.adapters.MeshMode;
import aura.application.memory.port.NoteEvents;
import io.micronaut.context.annotation.Property;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.JedisPubSub;
import redis.clients.jedis.exceptions.JedisException;

import java.util.UUID;
import java.util.function.Consumer;

/**
 * Note changes on the mesh's pub/sub channel {@code aura:<mesh>:notes-changed}, as {@code <sender>:<note id>}; a
 * node ignores its own. Pub/sub keeps nothing for a node that is away: the periodic catch-up from the database
 * (KeepNoteIndexCurrent) brings what it missed, so a failed announcement is logged, not refused — the note is saved.
 */
@Singleton
@MeshMode
public class RedisNoteEvents implements NoteEvents {
    private static final Logger LOG = LoggerFactory.getLogger(RedisNoteEvents.class);
    private final UnifiedJedis redis;
    private final String channel;
    private final String sender = UUID.randomUUID().toString();
    private volatile ChannelSubscription subscription;

    public RedisNoteEvents(UnifiedJedis redis, @Property(name = "aura.mesh.name") String meshName) {
        this.redis = redis;
        this.channel = "aura:" + meshName + ":notes-changed";
    }

    @Override
    public void announce(String noteId) {
        try {
            redis.publish(channel, sender + ":" + noteId);
        } catch (JedisException e) {
            LOG.warn("Could not announce a note change ({}); other nodes catch up from the database", e.getMessage());
        }
    }

    @Override
    public void follow(Consumer<String> onChange) {
        var listener = new JedisPubSub() {
            @Override
            public void onMessage(String channelName, String message) {
                int colon = message.indexOf(':');
                if (colon < 0 || message.substring(0, colon).equals(sender)) return;
                try {
                    onChange.accept(message.substring(colon + 1));
                } catch (RuntimeException e) {
                    LOG.warn("Could not apply a note change; the next catch-up applies it: {}", e.toString());
                }
            }
        };
        subscription = ChannelSubscription.start(redis, channel, listener, "note-changes");
    }


    /** True once messages are arriving. */
    boolean subscribed() {
        ChannelSubscription s = subscription;
        return s != null && s.subscribed();
    }

    @PreDestroy
    void stop() {
        ChannelSubscription s = subscription;
        if (s != null) s.close();
    }
}
