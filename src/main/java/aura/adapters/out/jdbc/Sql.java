package aura.adapters.out.jdbc;

import io.micronaut.data.jdbc.runtime.JdbcOperations;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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

    /**
     * Replaces a conversation's one setting in {@code table} (keyed by {@code conversation_id}, in one transaction
     * of the connection): the row is deleted, and written again with {@code value} in {@code column} when present.
     */
    static void replaceSetting(JdbcOperations jdbc, String table, String conversationId, String column, Optional<?> value) {
        jdbc.execute(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM " + table + " WHERE conversation_id = ?")) {
                delete.setString(1, conversationId);
                delete.executeUpdate();
            }
            if (value.isEmpty()) return 0;
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + table + " (conversation_id, " + column + ") VALUES (?, ?)")) {
                bind(insert, conversationId, value.get());
                return insert.executeUpdate();
            }
        });
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
