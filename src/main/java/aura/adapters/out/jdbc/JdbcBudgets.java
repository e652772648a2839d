package aura.adapters.out.jdbc;

import aura.application.policy.port.Budgets;
import aura.domain.policy.Budget;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Budgets of particular people in the shared database; a NULL limit is no limit of that kind. Every generation
 * asks for its person's budget, so a budget read is remembered for a second (a change made on this node is seen
 * at once, one made on another node within the second), as accounts and API keys are.
 */
@Singleton
@DatabaseOutages
public class JdbcBudgets implements Budgets {
    private final JdbcOperations jdbc;
    private final Remembered<Budget> recent = new Remembered<>();

    public JdbcBudgets(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Budget> of(String userId) {
        return recent.get(userId, this::read);
    }

    private Optional<Budget> read(String userId) {
        return Sql.first(jdbc, "SELECT tokens, dollars, hard_cap FROM user_budget WHERE user_id = ?", rs -> {
            long tokens = rs.getLong(1);
            OptionalLong t = rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(tokens);
            double dollars = rs.getDouble(2);
            OptionalDouble d = rs.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(dollars);
            return new Budget(t, d, rs.getBoolean(3));
        }, userId);
    }

    @Override
    public void set(String userId, Budget budget) {
        // two admins saving at once leave one of their budgets, never an error
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("tokens", budget.tokens().isPresent() ? budget.tokens().getAsLong() : null);
        columns.put("dollars", budget.dollars().isPresent() ? budget.dollars().getAsDouble() : null);
        columns.put("hard_cap", budget.hardCap());
        Sql.upsert(jdbc, "user_budget", "user_id", userId, columns);
        recent.forget(userId);
    }

    @Override
    public boolean clear(String userId) {
        boolean cleared = jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM user_budget WHERE user_id = ?")) {
                ps.setString(1, userId);
                return ps.executeUpdate() > 0;
            }
        });
        recent.forget(userId);
        return cleared;
    }
}
