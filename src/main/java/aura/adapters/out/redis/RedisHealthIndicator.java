package aura.adapters.out.redis;

import aura.adapters.MeshMode;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import redis.clients.jedis.UnifiedJedis;

import java.util.Map;

/** Readiness of the mesh's Redis: a PING that must answer within the client's timeout. */
@Singleton
@MeshMode
@Readiness
public record RedisHealthIndicator(UnifiedJedis redis) implements HealthIndicator {
    @Override
    public Publisher<HealthResult> getResult() {
        return Publishers.just(ping());
    }

    private HealthResult ping() {
        try {
            String answer = redis.ping();
            return HealthResult.builder("redis", HealthStatus.UP).details(Map.of("ping", answer)).build();
        } catch (RuntimeException e) {
            return HealthResult.builder("redis", HealthStatus.DOWN).details(Map.of("error", String.valueOf(e.getMessage()))).build();
        }
    }
}
