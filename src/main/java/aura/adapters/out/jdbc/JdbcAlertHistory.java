package aura.adapters.out.jdbc;

import aura.application.monitor.port.AlertHistory;
import aura.domain.monitor.Alert;
import aura.domain.monitor.AlertChange;
import aura.domain.monitor.AlertRule;
import io.micronaut.jdbc.DataSourceResolver;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** The alerts' state changes in {@code monitor_alert_changes} (V18), plain JDBC like the metric history. */
@Singleton
@DatabaseOutages
public class JdbcAlertHistory implements AlertHistory {
    private final DataSource db;

    public JdbcAlertHistory(DataSource dataSource, DataSourceResolver resolver) {
        this.db = resolver.resolve(dataSource);
    }

    @Override
    public void save(List<AlertChange> changes) {
        JdbcMetricHistory.batch(db, "INSERT INTO monitor_alert_changes (node, rule, from_state, to_state, at, val, severity, "
                + "active_since) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", changes, (s, c) -> {
            s.setString(1, c.node());
            s.setString(2, c.rule());
            s.setString(3, c.from().name());
            s.setString(4, c.state().name());
            s.setObject(5, time(c.at()));
            if (Double.isFinite(c.value())) s.setDouble(6, c.value());
            else s.setNull(6, Types.DOUBLE);
            s.setString(7, c.severity().name());
            if (c.activeSince() != null) s.setObject(8, time(c.activeSince()));
            else s.setNull(8, Types.TIMESTAMP_WITH_TIMEZONE);
        });
    }

    @Override
    public List<AlertChange> recent(int limit) {
        return JdbcMetricHistory.query(db, "SELECT rule, node, from_state, to_state, at, val, severity, active_since "
                + "FROM monitor_alert_changes ORDER BY at DESC, id DESC LIMIT ?", JdbcAlertHistory::change, limit);
    }

    @Override
    public List<AlertChange> last(String node) {
        return JdbcMetricHistory.query(db, "SELECT rule, node, from_state, to_state, at, val, severity, active_since "
                + "FROM monitor_alert_changes WHERE node = ? AND id IN "
                + "(SELECT MAX(id) FROM monitor_alert_changes WHERE node = ? GROUP BY rule)", JdbcAlertHistory::change, node, node);
    }

    @Override
    public long prune(String node, Instant before) {
        return JdbcMetricHistory.update(db, "DELETE FROM monitor_alert_changes WHERE node = ? AND at < ?", node, time(before));
    }

    private static AlertChange change(ResultSet r) throws SQLException {
        double value = r.getDouble(6);
        if (r.wasNull()) value = Double.NaN;
        OffsetDateTime since = r.getObject(8, OffsetDateTime.class);
        return new AlertChange(r.getString(1), r.getString(2), Alert.State.valueOf(r.getString(3)),
                Alert.State.valueOf(r.getString(4)), r.getObject(5, OffsetDateTime.class).toInstant(), value,
                AlertRule.Severity.valueOf(r.getString(7)), since == null ? null : since.toInstant());
    }

    private static OffsetDateTime time(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
