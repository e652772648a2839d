package aura.adapters.out.jdbc;

import aura.application.monitor.port.MetricHistory;
import aura.domain.monitor.MetricPoint;
import aura.domain.monitor.MinuteRollup;
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
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The metric history in the node's database ({@code metric_sample}, {@code metric_rollup}, {@code metric_series}),
 * with plain JDBC: a sampling is one batch insert, and the reads are range scans of the primary keys. Postgres
 * and H2 (PostgreSQL mode) run the same statements.
 */
@Singleton
@DatabaseOutages
public class JdbcMetricHistory implements MetricHistory {
    private final DataSource db;
    /** Series this node registered already: every tick registers the node's own, and each needs one row once. */
    private final Set<String> registered = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public JdbcMetricHistory(DataSource dataSource, DataSourceResolver resolver) {
        // The node's use cases call this outside any Micronaut transaction: take connections from the pool itself.
        this.db = resolver.resolve(dataSource);
    }

    @Override
    public void append(List<MetricPoint> points) {
        batch("INSERT INTO metric_sample (node, metric, at, val) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING", points,
                (s, p) -> {
                    s.setString(1, p.node());
                    s.setString(2, p.metric());
                    s.setObject(3, time(p.at()));
                    s.setDouble(4, p.value());
                });
    }

    @Override
    public List<MetricPoint> points(String node, String metric, Instant from, Instant to) {
        return query("SELECT node, metric, at, val FROM metric_sample WHERE node = ? AND metric = ? AND at >= ? AND at < ? ORDER BY at",
                JdbcMetricHistory::point, node, metric, time(from), time(to));
    }

    @Override
    public List<MetricPoint> pointsOf(String node, Instant from, Instant to) {
        return query("SELECT node, metric, at, val FROM metric_sample WHERE node = ? AND at >= ? AND at < ? ORDER BY at, metric",
                JdbcMetricHistory::point, node, time(from), time(to));
    }

    @Override
    public List<MetricPoint> latest(String node) {
        return query("SELECT node, metric, at, val FROM metric_sample WHERE node = ? AND at = "
                + "(SELECT MAX(at) FROM metric_sample WHERE node = ?) ORDER BY metric", JdbcMetricHistory::point, node, node);
    }

    @Override
    public List<MinuteRollup> rollups(String node, String metric, Instant from, Instant to) {
        return query("SELECT node, metric, starts, n, min_val, max_val, mean_val FROM metric_rollup WHERE node = ? AND metric = ? "
                + "AND starts >= ? AND starts < ? ORDER BY starts", r -> new MinuteRollup(r.getString(1), r.getString(2),
                instant(r, 3), r.getInt(4), r.getDouble(5), r.getDouble(6), r.getDouble(7)), node, metric, time(from), time(to));
    }

    @Override
    public void saveRollups(List<MinuteRollup> rollups) {
        batch("INSERT INTO metric_rollup (node, metric, starts, n, min_val, max_val, mean_val) VALUES (?, ?, ?, ?, ?, ?, ?) "
                + "ON CONFLICT DO NOTHING", rollups, (s, r) -> {
            s.setString(1, r.node());
            s.setString(2, r.metric());
            s.setObject(3, time(r.minute()));
            s.setInt(4, r.count());
            s.setDouble(5, r.min());
            s.setDouble(6, r.max());
            s.setDouble(7, r.mean());
        });
    }

    @Override
    public Optional<Instant> lastRolledMinute(String node) {
        return query("SELECT MAX(starts) FROM metric_rollup WHERE node = ?", r -> optionalInstant(r, 1), node).get(0);
    }

    @Override
    public Optional<Instant> firstSample(String node, Instant notBefore) {
        return query("SELECT MIN(at) FROM metric_sample WHERE node = ? AND at >= ?", r -> optionalInstant(r, 1),
                node, time(notBefore)).get(0);
    }

    @Override
    public void registerSeries(String node, Set<String> metrics) {
        List<String> fresh = metrics.stream().filter(m -> !registered.contains(node + "\n" + m)).toList();
        if (fresh.isEmpty()) return;
        batch("INSERT INTO metric_series (node, metric) VALUES (?, ?) ON CONFLICT DO NOTHING", fresh, (s, m) -> {
            s.setString(1, node);
            s.setString(2, m);
        });
        fresh.forEach(m -> registered.add(node + "\n" + m));
    }

    @Override
    public Set<String> series(String node) {
        return new TreeSet<>(query("SELECT metric FROM metric_series WHERE node = ?", r -> r.getString(1), node));
    }

    @Override
    public Set<String> nodes() {
        return new TreeSet<>(query("SELECT DISTINCT node FROM metric_series", r -> r.getString(1)));
    }

    @Override
    public Pruned prune(String node, Instant rawBefore, Instant rollupsBefore) {
        return new Pruned(update("DELETE FROM metric_sample WHERE node = ? AND at < ?", node, time(rawBefore)),
                update("DELETE FROM metric_rollup WHERE node = ? AND starts < ?", node, time(rollupsBefore)));
    }

    interface RowReader<T> {
        T read(ResultSet r) throws SQLException;
    }

    interface Binder<T> {
        void bind(PreparedStatement s, T value) throws SQLException;
    }

    private <T> List<T> query(String sql, RowReader<T> reader, Object... args) {
        return query(db, sql, reader, args);
    }

    /** The rows {@code sql} answers, each read by {@code reader}. */
    static <T> List<T> query(DataSource db, String sql, RowReader<T> reader, Object... args) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) s.setObject(i + 1, args[i]);
            try (ResultSet r = s.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (r.next()) rows.add(reader.read(r));
                return rows;
            }
        } catch (SQLException e) {
            throw new JdbcFailure(sql, e);
        }
    }

    private long update(String sql, Object... args) {
        return update(db, sql, args);
    }

    /** How many rows {@code sql} changed. */
    static long update(DataSource db, String sql, Object... args) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) s.setObject(i + 1, args[i]);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new JdbcFailure(sql, e);
        }
    }

    private <T> void batch(String sql, List<T> values, Binder<T> binder) {
        batch(db, sql, values, binder);
    }

    /** {@code sql} once per value, all in one transaction. */
    static <T> void batch(DataSource db, String sql, List<T> values, Binder<T> binder) {
        if (values.isEmpty()) return;
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                for (T v : values) {
                    binder.bind(s, v);
                    s.addBatch();
                }
                s.executeBatch();
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new JdbcFailure(sql, e);
        }
    }

    private static MetricPoint point(ResultSet r) throws SQLException {
        return new MetricPoint(r.getString(1), r.getString(2), instant(r, 3), r.getDouble(4));
    }

    private static OffsetDateTime time(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet r, int column) throws SQLException {
        return r.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static Optional<Instant> optionalInstant(ResultSet r, int column) throws SQLException {
        OffsetDateTime t = r.getObject(column, OffsetDateTime.class);
        return Optional.ofNullable(t).map(OffsetDateTime::toInstant);
    }

    /** A statement the database refused: a broken invariant or a lost database, never the caller's input. */
    static final class JdbcFailure extends RuntimeException {
        JdbcFailure(String sql, SQLException cause) {
            super(sql + ": " + cause.getMessage(), cause);
        }
    }
}
