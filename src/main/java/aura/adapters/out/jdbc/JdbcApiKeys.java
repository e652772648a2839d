package aura.adapters.out.jdbc;

import aura.application.auth.port.ApiKeys;
import aura.domain.auth.ApiKey;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

/**
 * API keys in the shared database. Every request with a key looks it up, so a key read in the last few seconds is
 * not read again; saving one (a revocation) forgets it here at once, on other nodes within a second
 * ({@link Remembered}, kept in {@link RowsReadLately}).
 */
@Singleton
@DatabaseOutages
public class JdbcApiKeys implements ApiKeys {
    private final ApiKeyRows rows;
    private final SynchronousCommits synchronousCommits;
    private final Remembered<ApiKey> recent;

    public JdbcApiKeys(ApiKeyRows rows, SynchronousCommits synchronousCommits, RowsReadLately lately) {
        this.rows = rows;
        this.synchronousCommits = synchronousCommits;
        this.recent = lately.apiKeys;
    }

    /** A revoked key is never lost with the primary (synchronous commit); a key's last use may be. */
    @Override
    @Transactional
    public void save(ApiKey k) {
        if (k.revoked()) synchronousCommits.waitForStandby();
        var row = new ApiKeyRow(k.id(), k.userId(), k.name(), k.hash(), k.created(), k.lastUsed().orElse(null), k.revoked());
        if (rows.existsById(k.id())) rows.update(row);
        else rows.save(row);
        recent.forget(k.id());
    }

    @Override
    public Optional<ApiKey> find(String id) {
        return recent.get(id, key -> rows.findById(key).map(JdbcApiKeys::toDomain));
    }

    @Override
    public List<ApiKey> forUser(String userId) {
        return rows.findByUserIdOrderByCreated(userId).stream().map(JdbcApiKeys::toDomain).toList();
    }

    private static ApiKey toDomain(ApiKeyRow r) {
        return new ApiKey(r.id(), r.userId(), r.name(), r.hash(), r.created(), Optional.ofNullable(r.lastUsed()), r.revoked());
    }
}
