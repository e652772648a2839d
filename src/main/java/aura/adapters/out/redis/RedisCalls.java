package aura.adapters.out.redis;

import aura.domain.problem.Unavailable;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.exceptions.JedisException;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Turns "Redis cannot be reached" into the core's {@link Unavailable} (503 with Retry-After), so an outage is an
 * answer the caller can retry rather than a crash. A data error (a wrong command or type) is a bug and stays one.
 */
final class RedisCalls {
    static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private RedisCalls() {
    }

    static <T> T call(Supplier<T> call) {
        try {
            return call.get();
        } catch (JedisDataException e) {
            throw e;
        } catch (JedisException e) {
            throw unavailable();
        }
    }

    static void run(Runnable call) {
        call(() -> {
            call.run();
            return null;
        });
    }

    static Unavailable unavailable() {
        return new Unavailable("the mesh's shared store (Redis) cannot be reached; try again shortly", RETRY_AFTER);
    }
}
