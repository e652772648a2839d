package aura.application.auth.port;

import java.time.Instant;
import java.util.List;

/**
 * Logouts accepted while the session store could not be reached, kept durably until they are applied to it.
 * A session listed here is refused on every node, whatever the session store still says.
 */
public interface PendingLogouts {
    void add(String sessionId, Instant at);

    boolean contains(String sessionId);

    /** Oldest first. */
    List<String> all();

    void remove(String sessionId);
}
