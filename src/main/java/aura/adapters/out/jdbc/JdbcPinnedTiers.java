package aura.adapters.out.jdbc;

import aura.application.policy.port.PinnedTiers;
import aura.domain.policy.Tier;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
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
        jdbc.execute(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM conversation_tier WHERE conversation_id = ?")) {
                delete.setString(1, conversationId);
                delete.executeUpdate();
            }
            if (tier.isEmpty()) return 0;
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO conversation_tier (conversation_id, tier) VALUES (?, ?)")) {
                insert.setString(1, conversationId);
                insert.setString(2, tier.get().wireName());
                return insert.executeUpdate();
            }
        });
    }
}
