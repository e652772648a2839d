package aura.adapters.out.jdbc;

import aura.application.policy.port.PolicyOverrides;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The policy settings admins changed, in the shared database. */
@Singleton
@DatabaseOutages
public class JdbcPolicyOverrides implements PolicyOverrides {
    private final JdbcOperations jdbc;

    public JdbcPolicyOverrides(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, String> all() {
        return jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT name, setting_value FROM policy_setting");
                 ResultSet rs = ps.executeQuery()) {
                Map<String, String> values = new HashMap<>();
                while (rs.next()) values.put(rs.getString(1), rs.getString(2));
                return values;
            }
        });
    }

    @Override
    public void put(String name, Optional<String> value) {
        Sql.setOrClear(jdbc, "policy_setting", "name", name, "setting_value", value);
    }
}
