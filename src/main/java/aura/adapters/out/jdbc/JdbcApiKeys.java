package aura.adapters.out.jdbc;

import aura.application.auth.ApiKeys;
import aura.domain.auth.ApiKey;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

/** API keys in the node's database. */
@Singleton
public class JdbcApiKeys implements ApiKeys {
    private final ApiKeyRows rows;

    public JdbcApiKeys(ApiKeyRows rows) {
        this.rows = rows;
    }

    @Override
    public void save(ApiKey k) {
        var row = new ApiKeyRow(k.id(), k.userId(), k.name(), k.hash(), k.created(), k.lastUsed().orElse(null), k.revoked());
        if (rows.existsById(k.id())) rows.update(row);
        else rows.save(row);
    }

    @Override
    public Optional<ApiKey> find(String id) {
        return rows.findById(id).map(JdbcApiKeys::toDomain);
    }

    @Override
    public List<ApiKey> forUser(String userId) {
        return rows.findByUserIdOrderByCreated(userId).stream().map(JdbcApiKeys::toDomain).toList();
    }

    private static ApiKey toDomain(ApiKeyRow r) {
        return new ApiKey(r.id(), r.userId(), r.name(), r.hash(), r.created(), Optional.ofNullable(r.lastUsed()), r.revoked());
    }
}
