package aura.adapters.out.jdbc;

import aura.application.policy.port.GateRuleStore;
import aura.domain.policy.GateRule;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/** The gatekeeper's rules in the shared database, so an edit on one node holds on every node at its next request. */
@Singleton
@DatabaseOutages
public class JdbcGateRules implements GateRuleStore {
    private final JdbcOperations jdbc;

    public JdbcGateRules(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<GateRule> all() {
        return jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT name, pattern, scope, reason, enabled FROM gate_rule ORDER BY name");
                 ResultSet rs = ps.executeQuery()) {
                List<GateRule> rules = new ArrayList<>();
                while (rs.next()) {
                    rules.add(new GateRule(rs.getString(1), rs.getString(2), GateRule.Scope.parse(rs.getString(3)),
                            rs.getString(4), rs.getBoolean(5)));
                }
                return rules;
            }
        });
    }

    @Override
    public void save(GateRule rule) {
        // One statement either way, so two admins saving at once leave one of their rules, never an error.
        jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement("MERGE INTO gate_rule g USING (VALUES (CAST(? AS VARCHAR(63)))) "
                    + "AS v(name) ON g.name = v.name "
                    + "WHEN MATCHED THEN UPDATE SET pattern = ?, scope = ?, reason = ?, enabled = ? "
                    + "WHEN NOT MATCHED THEN INSERT (name, pattern, scope, reason, enabled) VALUES (v.name, ?, ?, ?, ?)")) {
                ps.setString(1, rule.name());
                for (int at : new int[]{2, 6}) {
                    ps.setString(at, rule.pattern());
                    ps.setString(at + 1, rule.scope().wireName());
                    ps.setString(at + 2, rule.reason());
                    ps.setBoolean(at + 3, rule.enabled());
                }
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public boolean remove(String name) {
        return jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM gate_rule WHERE name = ?")) {
                ps.setString(1, name);
                return ps.executeUpdate() > 0;
            }
        });
    }
}
