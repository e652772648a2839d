package aura.adapters.out.jdbc;

import aura.application.monitor.port.TopologyHistory;
import aura.domain.monitor.NodeTopology;
import io.micronaut.jdbc.DataSourceResolver;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** The topology windows in {@code monitor_topology}, plain JDBC like the metric history; a window is saved once. */
@Singleton
@DatabaseOutages
public class JdbcTopologyHistory implements TopologyHistory {
    private final DataSource db;

    public JdbcTopologyHistory(DataSource dataSource, DataSourceResolver resolver) {
        this.db = resolver.resolve(dataSource);
    }

    @Override
    public void save(NodeTopology.Summary w) {
        String sql = "INSERT INTO monitor_topology (node, at, b0, b1, b2, wasserstein, entropy, landscape_norm) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, w.node());
            s.setObject(2, OffsetDateTime.ofInstant(w.at(), ZoneOffset.UTC));
            s.setInt(3, w.b0());
            s.setInt(4, w.b1());
            s.setInt(5, w.b2());
            s.setDouble(6, w.wasserstein());
            s.setDouble(7, w.entropy());
            s.setDouble(8, w.landscapeNorm());
            s.executeUpdate();
        } catch (SQLException e) {
            throw new JdbcMetricHistory.JdbcFailure(sql, e);
        }
    }

    @Override
    public List<NodeTopology.Summary> windows(String node, Instant from, Instant to) {
        String sql = "SELECT node, at, b0, b1, b2, wasserstein, entropy, landscape_norm FROM monitor_topology "
                + "WHERE node = ? AND at >= ? AND at < ? ORDER BY at";
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, node);
            s.setObject(2, OffsetDateTime.ofInstant(from, ZoneOffset.UTC));
            s.setObject(3, OffsetDateTime.ofInstant(to, ZoneOffset.UTC));
            try (ResultSet r = s.executeQuery()) {
                List<NodeTopology.Summary> rows = new ArrayList<>();
                while (r.next()) {
                    rows.add(new NodeTopology.Summary(r.getString(1), r.getObject(2, OffsetDateTime.class).toInstant(),
                            r.getInt(3), r.getInt(4), r.getInt(5), r.getDouble(6), r.getDouble(7), r.getDouble(8)));
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new JdbcMetricHistory.JdbcFailure(sql, e);
        }
    }

    @Override
    public long prune(String node, Instant before) {
        String sql = "DELETE FROM monitor_topology WHERE node = ? AND at < ?";
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, node);
            s.setObject(2, OffsetDateTime.ofInstant(before, ZoneOffset.UTC));
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new JdbcMetricHistory.JdbcFailure(sql, e);
        }
    }
}
