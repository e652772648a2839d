package aura.adapters.out.redis;

import redis.clients.jedis.JedisPubSub;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisException;

/**
 * One pub/sub channel followed on a daemon thread of its own: when Redis drops the subscription (a restart, a
 * Sentinel switch) it subscribes again a second later, until closed. Pub/sub keeps nothing for a node that is away,
 * so each follower says what it does about messages it may have missed (its {@code onSubscribe} hears every new
 * subscription, the first and each one after a drop).
 */
final class ChannelSubscription {
    private final UnifiedJedis redis;
    private final String channel;
    private final JedisPubSub listener;
    private final Following following = new Following();
    private volatile boolean running = true;
    /** Subscribed on the current connection: Jedis's own count stays up after a connection drops. */
    private volatile boolean live;

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
                redis.subscribe(following, channel);
                live = false; // unsubscribed: closing
            } catch (JedisException e) {
                live = false;
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

    /** True while messages are arriving: subscribed, and not dropped since. */
    boolean subscribed() {
        return live;
    }

    void close() {
        running = false;
        try {
            if (following.isSubscribed()) following.unsubscribe();
        } catch (JedisException ignored) {
            // shutting down anyway
        }
    }

    /** Hands every message to the follower's listener, and knows when a subscription is live. */
    private final class Following extends JedisPubSub {
        @Override
        public void onMessage(String channelName, String message) {
            listener.onMessage(channelName, message);
        }

        @Override
        public void onSubscribe(String channelName, int subscribedChannels) {
            listener.onSubscribe(channelName, subscribedChannels); // first: what it does about missed messages
            live = true;
        }
    }
}
