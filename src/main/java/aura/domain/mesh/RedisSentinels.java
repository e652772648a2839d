package aura.domain.mesh;

import aura.domain.problem.InvalidInput;

import java.util.List;

/**
 * The mesh's Redis as a master watched by Sentinels: the nodes ask the Sentinels which server is the master and
 * follow a failover without a restart. Written as one URL, {@code redis-sentinel://HOST:PORT,HOST:PORT/MASTER},
 * the form {@code AURA_REDIS_URL} takes too.
 */
public final class RedisSentinels {
    public static final String SCHEME = "redis-sentinel://";

    private RedisSentinels() {
    }

    public static String url(List<String> sentinels, String master) {
        if (sentinels.isEmpty()) throw new InvalidInput("mesh.redis.sentinels", "mesh.redis.sentinels names no Sentinel");
        for (String sentinel : sentinels) {
            if (!sentinel.matches("[A-Za-z0-9.-]{1,253}:\\d{1,5}")) {
                throw new InvalidInput("mesh.redis.sentinels", "'" + sentinel + "' is not host:port");
            }
        }
        if (master == null || !master.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new InvalidInput("mesh.redis.master", "mesh.redis.master names the master the Sentinels watch (got '" + master + "')");
        }
        return SCHEME + String.join(",", sentinels) + "/" + master;
    }
}
