package aura.adapters.out.redis;

import redis.clients.jedis.JedisPubSub;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisException;

/**
 * One pub/sub channel followed on a daemon thread of its own: when Redis drops the subscription (a restart, a
 * Sentinel switch) it subscribes again a second later, until closed. Pub/sub keeps nothing for a node that is away,
 * so each follower says what it does about messages it may have missed.
 */
final class ChannelSubscription {
    private final UnifiedJedis redis;
    private final String channel;
    private final JedisPubSub listener;
    private volatile boolean running = true;

    private ChannelSubscription(UnifiedJedis redis, String channel, JedisPubSub listener) {
        this.redis = redis;
        this.channel = channel;
        this.listener = listener;
    }

    static ChannelSubscription start(UnifiedJedis redis, String channel, JedisPubSub listener, String threadName) {
        var subscription = new ChannelSubscription(redis, channel, listener);
        var thread = new Thread(subscription::listen, threadName);
        thread.setDaemon(true);
        thread.start();
        return subscription;
    }

    private void listen() {
        while (running) {
            try {
                redis.subscribe(listener, channel);
            } catch (JedisException e) {
                if (!running) return;
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** True once messages are arriving. */
    boolean subscribed() {
        return listener.isSubscribed();
    }

    void close() {
        running = false;
        try {
            if (listener.isSubscribed()) listener.unsubscribe();
        } catch (JedisException ignored) {
            // shutting down anyway
        }
    }
}
