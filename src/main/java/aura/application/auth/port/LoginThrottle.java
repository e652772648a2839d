package aura.application.auth.port;

import java.time.Duration;
import java.time.Instant;

/**
 * Failed logins counted across the mesh, per counter key, and the browsers (device cookies, by hash) that have
 * logged in to an account before. Decisions about what the counts mean are {@link aura.domain.auth.LoginLimits}'.
 */
public interface LoginThrottle {
    /** How many failures a counter holds and when the last was; zero and null when none are remembered. */
    record Failures(int count, Instant last) {
        public static final Failures NONE = new Failures(0, null);
    }

    Failures failures(String key);

    /** Counts one failure now; the counter is forgotten {@code memory} after its last failure. */
    void failed(String key, Duration memory);

    void clear(String key);

    boolean trusts(String account, String deviceHash);

    void trust(String account, String deviceHash, Duration lifetime);
}
