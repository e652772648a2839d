package aura.adapters.out.jdbc;

import aura.application.policy.port.GateRuleStore;
import aura.domain.policy.GateRule;
import aura.domain.policy.GateRules;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The gatekeeper's rules in the shared database. Every request checks them, so they are read and compiled at most
 * once a second ({@link Remembered}): an edit made here holds at the next request, one made on another node
 * within the second.
 */
@Singleton
@DatabaseOutages
public class JdbcGateRules implements GateRuleStore {
    private static final String ALL = "all";
    private final JdbcOperations jdbc;
    private final Remembered<GateRules> recent = new Remembered<>();

    public JdbcGateRules(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<GateRule> all() {
        return read();
    }

    @Override
    public GateRules compiled() {
        return recent.get(ALL, key -> Optional.of(new GateRules(read()))).orElseThrow();
    }

    private List<GateRule> read() {
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
        // two admins saving at once leave one of their rules, never an error
        Sql.upsert(jdbc, "gate_rule", "name", rule.name(), Map.of("pattern", rule.pattern(),
                "scope", rule.scope().wireName(), "reason", rule.reason(), "enabled", rule.enabled()));
        recent.forget(ALL);
    }

    @Override
    public boolean remove(String name) {
        boolean removed = jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM gate_rule WHERE name = ?")) {
                ps.setString(1, name);
                return ps.executeUpdate() > 0;
            }
        });
        recent.forget(ALL);
        return removed;
    }
}
