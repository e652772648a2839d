package aura.adapters.out.jdbc;

import io.micronaut.data.jdbc.runtime.JdbcOperations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Binding and reading the values the tables hold, the same way on H2 and Postgres. */
final class Sql {
    private Sql() {
    }

    /** Reads the row a result set stands on. */
    @FunctionalInterface
    interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** The first row {@code sql} selects with {@code values} bound, read by {@code row}; empty when it selects none. */
    static <T> Optional<T> first(JdbcOperations jdbc, String sql, Row<T> row, Object... values) {
        return jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bind(ps, values);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(row.read(rs)) : Optional.<T>empty();
                }
            }
        });
    }

    /** Sets or clears a conversation's one setting in {@code table} ({@link #setOrClear} by {@code conversation_id}). */
    static void replaceSetting(JdbcOperations jdbc, String table, String conversationId, String column, Optional<?> value) {
        setOrClear(jdbc, table, "conversation_id", conversationId, column, value);
    }

    /**
     * Sets or clears one setting in {@code table}: the row keyed {@code key} holds {@code value} in {@code column}
     * when present ({@link #upsert}), and there is no row when empty.
     */
    static void setOrClear(JdbcOperations jdbc, String table, String keyColumn, Object key, String column, Optional<?> value) {
        if (value.isPresent()) {
            upsert(jdbc, table, keyColumn, key, Map.of(column, value.get()));
            return;
        }
        jdbc.execute(c -> write(c, "DELETE FROM " + table + " WHERE " + keyColumn + " = ?", List.of(key)));
    }

    /**
     * Writes the row of {@code table} whose {@code keyColumn} is {@code key} with {@code columns} (a null value is
     * SQL NULL): updated where it exists, inserted where not. Safe when others write the same key at the same
     * moment, on Postgres and on H2; a MERGE is not on Postgres (two that both find no row both insert, and one
     * fails on the key). Here an insert that meets a row another writer has just inserted gives way, and the update
     * after it writes over that row: the last writer's value is kept and nobody gets an error.
     */
    static void upsert(JdbcOperations jdbc, String table, String keyColumn, Object key, Map<String, ?> columns) {
        List<String> names = List.copyOf(columns.keySet());
        List<Object> values = new ArrayList<>();
        for (String name : names) values.add(columns.get(name));
        String update = "UPDATE " + table + " SET " + String.join(" = ?, ", names) + " = ? WHERE " + keyColumn + " = ?";
        String insert = "INSERT INTO " + table + " (" + keyColumn + ", " + String.join(", ", names) + ") VALUES (?"
                + ", ?".repeat(names.size()) + ") ON CONFLICT DO NOTHING";
        List<Object> updated = new ArrayList<>(values);
        updated.add(key);
        List<Object> inserted = new ArrayList<>();
        inserted.add(key);
        inserted.addAll(values);
        jdbc.execute(c -> {
            // a row deleted between our insert and our update would need another round: a few are plenty
            for (int round = 0; round < 3; round++) {
                if (write(c, update, updated) > 0 || write(c, insert, inserted) > 0) return 1;
            }
            throw new SQLException("the row " + keyColumn + " = " + key + " of " + table + " kept changing while it was written");
        });
    }

    private static int write(Connection c, String sql, List<Object> values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, values.toArray());
            return ps.executeUpdate();
        }
    }

    static void bind(PreparedStatement ps, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v instanceof Instant t) ps.setObject(i + 1, OffsetDateTime.ofInstant(t, ZoneOffset.UTC));
            else ps.setObject(i + 1, v);
        }
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static Double nullableDouble(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }
}
