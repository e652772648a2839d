package aura.adapters.out.jdbc;

import aura.application.policy.port.GateAudit;
import aura.domain.policy.BlockedRequest;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/** The gatekeeper's audit rows in the shared database. */
@Singleton
@DatabaseOutages
public class JdbcGateAudit implements GateAudit {
    private final JdbcOperations jdbc;

    public JdbcGateAudit(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(BlockedRequest b) {
        jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO gate_audit "
                    + "(id, at, user_id, model, rule, reason, external) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, b.id());
                ps.setTimestamp(2, Timestamp.from(b.at()));
                ps.setString(3, b.userId());
                ps.setString(4, cut(b.model(), 200)); // a client of the compatible APIs names any model
                ps.setString(5, cut(b.rule(), 63));
                ps.setString(6, cut(b.reason(), 600));
                ps.setBoolean(7, b.external());
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public List<BlockedRequest> recent(int limit) {
        return jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, at, user_id, model, rule, reason, external "
                    + "FROM gate_audit ORDER BY at DESC, id LIMIT ?")) {
                ps.setInt(1, limit);
                List<BlockedRequest> rows = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new BlockedRequest(rs.getString(1), Sql.instant(rs, "at"), rs.getString(3),
                                rs.getString(4), rs.getString(5), rs.getString(6), rs.getBoolean(7)));
                    }
                }
                return rows;
            }
        });
    }

    private static String cut(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }
}
