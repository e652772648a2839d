package aura.adapters.out.redis;

import aura.adapters.MeshMode;
import aura.domain.mesh.RedisSentinels;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import jakarta.inject.Singleton;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.JedisSentineled;
import redis.clients.jedis.UnifiedJedis;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One pooled Jedis client per mesh node with short timeouts: pointed at the mesh's Redis ({@code redis://} or
 * {@code rediss://}), or at the master its Sentinels name ({@code redis-sentinel://HOST:PORT,.../MASTER}), which
 * the client follows when the Sentinels fail over to a replica.
 */
@Factory
@MeshMode
public class RedisConnectionFactory {
    private static final int TIMEOUT_MS = 2000;

    @Singleton
    @Bean(preDestroy = "close")
    UnifiedJedis jedis(@Property(name = "aura.redis.url") String redisUrl) {
        if (redisUrl.startsWith(RedisSentinels.SCHEME)) return sentineled(redisUrl);
        URI uri = URI.create(redisUrl);
        var config = config(uri.getUserInfo()).ssl("rediss".equals(uri.getScheme()));
        String path = uri.getPath();
        if (path != null && path.length() > 1) config.database(Integer.parseInt(path.substring(1)));
        int port = uri.getPort() > 0 ? uri.getPort() : 6379;
        return new JedisPooled(new HostAndPort(uri.getHost(), port), config.build());
    }

    /** {@code redis-sentinel://[user:password@]HOST:PORT,HOST:PORT/MASTER}: the password is the master's. */
    private static UnifiedJedis sentineled(String url) {
        String rest = url.substring(RedisSentinels.SCHEME.length());
        int at = rest.lastIndexOf('@');
        String userInfo = at < 0 ? null : rest.substring(0, at);
        rest = rest.substring(at + 1);
        int slash = rest.indexOf('/');
        if (slash < 0) throw new IllegalArgumentException("a Sentinel URL names its master: " + RedisSentinels.SCHEME + "HOST:PORT/MASTER");
        Set<HostAndPort> sentinels = new LinkedHashSet<>();
        for (String sentinel : rest.substring(0, slash).split(",")) sentinels.add(HostAndPort.from(sentinel));
        return new JedisSentineled(rest.substring(slash + 1), config(userInfo).build(), sentinels, config(null).build());
    }

    private static DefaultJedisClientConfig.Builder config(String userInfo) {
        var config = DefaultJedisClientConfig.builder().connectionTimeoutMillis(TIMEOUT_MS).socketTimeoutMillis(TIMEOUT_MS);
        if (userInfo != null && !userInfo.isEmpty()) {
            int colon = userInfo.indexOf(':');
            if (colon >= 0) {
                if (colon > 0) config.user(userInfo.substring(0, colon));
                config.password(userInfo.substring(colon + 1));
            } else {
                config.password(userInfo);
            }
        }
        return config;
    }
}
