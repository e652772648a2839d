package aura.adapters.out.redis;

import io.micronaut.context.annotation.Property;
import aura.adapters.MeshMode;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisPooled;

import java.net.URI;

/** One pooled Jedis client per mesh node, pointed at the mesh's Redis with short timeouts. */
@Factory
@MeshMode
public class RedisConnectionFactory {
    private static final int TIMEOUT_MS = 2000;

    @Singleton
    @Bean(preDestroy = "close")
    JedisPooled jedis(@Property(name = "aura.redis.url") String redisUrl) {
        URI uri = URI.create(redisUrl);
        var config = DefaultJedisClientConfig.builder()
                .connectionTimeoutMillis(TIMEOUT_MS)
                .socketTimeoutMillis(TIMEOUT_MS)
                .ssl("rediss".equals(uri.getScheme()));
        String userInfo = uri.getUserInfo();
        if (userInfo != null && !userInfo.isEmpty()) {
            int colon = userInfo.indexOf(':');
            if (colon >= 0) {
                if (colon > 0) config.user(userInfo.substring(0, colon));
                config.password(userInfo.substring(colon + 1));
            } else {
                config.password(userInfo);
            }
        }
        String path = uri.getPath();
        if (path != null && path.length() > 1) config.database(Integer.parseInt(path.substring(1)));
        int port = uri.getPort() > 0 ? uri.getPort() : 6379;
        return new JedisPooled(new HostAndPort(uri.getHost(), port), config.build());
    }
}
