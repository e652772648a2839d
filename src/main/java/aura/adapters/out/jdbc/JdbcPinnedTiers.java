package aura.adapters.out.jdbc;

import aura.application.policy.port.PinnedTiers;
import aura.domain.policy.Tier;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.util.Optional;

/** Pinned tiers beside their conversations in the shared database (deleted with them). */
@Singleton
@DatabaseOutages
public class JdbcPinnedTiers implements PinnedTiers {
    private final JdbcOperations jdbc;

    public JdbcPinnedTiers(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Tier> tierOf(String conversationId) {
        return Sql.first(jdbc, "SELECT tier FROM conversation_tier WHERE conversation_id = ?",
                rs -> Tier.parse(rs.getString(1), "tier"), conversationId);
    }

    @Override
    public void pin(String conversationId, Optional<Tier> tier) {
        Sql.replaceSetting(jdbc, "conversation_tier", conversationId, "tier", tier.map(Tier::wireName));
    }
}
