package aura.adapters.out.redis;

import aura.adapters.MeshMode;
import aura.application.training.port.TrainingWakeups;
import io.micronaut.context.annotation.Property;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.JedisPubSub;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisException;

import java.time.Duration;

/**
 * Wake-ups on the mesh's pub/sub channel {@code aura:<mesh>:training-wake}: a queued job is announced there and
 * every node's idle executor looks at the queue at once. Redis only wakes: the queue is in the database, and a
 * wake-up lost while Redis is away costs at most one poll interval.
 */
@Singleton
@MeshMode
public class RedisTrainingWakeups implements TrainingWakeups {
    private static final Logger LOG = LoggerFactory.getLogger(RedisTrainingWakeups.class);
    private final UnifiedJedis redis;
    private final String channel;
    private final Object signal = new Object();
    private volatile boolean running = true;
    private long woken;
    private volatile ChannelSubscription listener;

    public RedisTrainingWakeups(UnifiedJedis redis, @Property(name = "aura.mesh.name") String meshName) {
        this.redis = redis;
        this.channel = "aura:" + meshName + ":training-wake";
    }

    @Override
    public void wake() {
        signalHere();
        try {
            redis.publish(channel, "job");
        } catch (JedisException e) {
            LOG.warn("Could not announce a queued training job ({}); executors find it at their next poll",
                    e.getMessage());
        }
    }

    @Override
    public void await(Duration atMost) throws InterruptedException {
        subscribe();
        synchronized (signal) {
            long seen = woken;
            long until = System.nanoTime() + atMost.toNanos();
            while (woken == seen) {
                long left = until - System.nanoTime();
                if (left <= 0) return;
                signal.wait(Math.max(1, left / 1_000_000));
            }
        }
    }

    private void signalHere() {
        synchronized (signal) {
            woken++;
            signal.notifyAll();
        }
    }

    /** Subscribes on the first wait, so only nodes that execute jobs hold a subscription. */
    private synchronized void subscribe() {
        if (listener != null || !running) return;
        var pubSub = new JedisPubSub() {
            @Override
            public void onMessage(String channelName, String message) {
                signalHere();
            }
        };
        listener = ChannelSubscription.start(redis, channel, pubSub, "training-wake");
    }

    /** True once wake-ups are arriving. */
    boolean subscribed() {
        ChannelSubscription s = listener;
        return s != null && s.subscribed();
    }

    @PreDestroy
    synchronized void stop() {
        running = false;
        ChannelSubscription s = listener;
        if (s != null) s.close();
    }
}
