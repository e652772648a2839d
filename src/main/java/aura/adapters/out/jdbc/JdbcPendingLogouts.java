package aura.adapters.out.jdbc;

import aura.application.auth.port.PendingLogouts;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Pending logouts in the shared database. Every authenticated request asks whether its session is listed, so the
 * whole list (empty but during a Redis outage) is read at most once a second per node — the mesh's revocation
 * promise — instead of once per session; a logout recorded or removed here is seen at once.
 */
@Singleton
@DatabaseOutages
public class JdbcPendingLogouts implements PendingLogouts {
    private final PendingLogoutRows rows;
    private final SynchronousCommits synchronousCommits;
    private final LoadingCache<Boolean, Set<String>> listed;

    public JdbcPendingLogouts(PendingLogoutRows rows, SynchronousCommits synchronousCommits) {
        this.rows = rows;
        this.synchronousCommits = synchronousCommits;
        this.listed = Caffeine.newBuilder().expireAfterWrite(Duration.ofSeconds(1)).build(key -> Set.copyOf(all()));
    }

    /** A revocation is never lost with the primary: synchronous commit. */
    @Override
    @Transactional
    public void add(String sessionId, Instant at) {
        synchronousCommits.waitForStandby();
        if (!rows.existsById(sessionId)) rows.save(new PendingLogoutRow(sessionId, at));
        listed.invalidateAll();
    }

    @Override
    public boolean contains(String sessionId) {
        return listed.get(Boolean.TRUE).contains(sessionId);
    }

    @Override
    public List<String> all() {
        return rows.listOrderByRecorded().stream().map(PendingLogoutRow::sessionId).toList();
    }

    @Override
    public void remove(String sessionId) {
        rows.deleteById(sessionId);
        listed.invalidateAll();
    }
}
