package aura.adapters.out.jdbc;

import aura.application.auth.port.PendingLogouts;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Pending logouts in the shared database. Every authenticated request asks whether its session is listed, so the
 * whole list (empty but during a Redis outage) is read at most once a second per node — the mesh's revocation
 * promise — instead of once per session, into {@link RowsReadLately}, where the check asks first; a logout recorded
 * or removed here is seen at once.
 */
@Singleton
@DatabaseOutages
public class JdbcPendingLogouts implements PendingLogouts {
    private final PendingLogoutRows rows;
    private final SynchronousCommits synchronousCommits;
    private final Remembered<Set<String>> listed;

    public JdbcPendingLogouts(PendingLogoutRows rows, SynchronousCommits synchronousCommits, RowsReadLately lately) {
        this.rows = rows;
        this.synchronousCommits = synchronousCommits;
        this.listed = lately.pendingLogouts;
    }

    /** A revocation is never lost with the primary: synchronous commit. */
    @Override
    @Transactional
    public void add(String sessionId, Instant at) {
        synchronousCommits.waitForStandby();
        if (!rows.existsById(sessionId)) rows.save(new PendingLogoutRow(sessionId, at));
        listed.forget(RowsReadLately.ALL);
    }

    @Override
    public boolean contains(String sessionId) {
        return listed.get(RowsReadLately.ALL, key -> Optional.of(Set.copyOf(all()))).orElseThrow().contains(sessionId);
    }

    @Override
    public List<String> all() {
        return rows.listOrderByRecorded().stream().map(PendingLogoutRow::sessionId).toList();
    }

    @Override
    public void remove(String sessionId) {
        rows.deleteById(sessionId);
        listed.forget(RowsReadLately.ALL);
    }
}
