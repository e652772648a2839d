package aura.adapters.out.jdbc;

import aura.application.auth.port.PendingLogouts;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Pending logouts in the shared database. Every authenticated request asks whether its session is listed, so
 * answers are remembered for a second (the mesh's revocation promise); a logout recorded here is seen at once.
 */
@Singleton
public class JdbcPendingLogouts implements PendingLogouts {
    private final PendingLogoutRows rows;
    private final Cache<String, Boolean> listed = Caffeine.newBuilder()
            .maximumSize(100_000).expireAfterWrite(Duration.ofSeconds(1)).build();

    public JdbcPendingLogouts(PendingLogoutRows rows) {
        this.rows = rows;
    }

    @Override
    public void add(String sessionId, Instant at) {
        if (!rows.existsById(sessionId)) rows.save(new PendingLogoutRow(sessionId, at));
        listed.put(sessionId, Boolean.TRUE);
    }

    @Override
    public boolean contains(String sessionId) {
        return listed.get(sessionId, rows::existsById);
    }

    @Override
    public List<String> all() {
        return rows.listOrderByRecorded().stream().map(PendingLogoutRow::sessionId).toList();
    }

    @Override
    public void remove(String sessionId) {
        rows.deleteById(sessionId);
    }
}
