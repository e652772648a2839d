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
        jdbc.execute(c -> {
            if (value.isEmpty()) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM policy_setting WHERE name = ?")) {
                    ps.setString(1, name);
                    return ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = c.prepareStatement("MERGE INTO policy_setting p USING (VALUES (CAST(? AS VARCHAR(63)))) "
                    + "AS v(name) ON p.name = v.name WHEN MATCHED THEN UPDATE SET setting_value = ? "
                    + "WHEN NOT MATCHED THEN INSERT (name, setting_value) VALUES (v.name, ?)")) {
                ps.setString(1, name);
                ps.setString(2, value.get());
                ps.setString(3, value.get());
                return ps.executeUpdate();
            }
        });
    }
}
