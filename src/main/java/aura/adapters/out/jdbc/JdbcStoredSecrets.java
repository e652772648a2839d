package aura.adapters.out.jdbc;

import aura.application.mesh.port.Secrets;
import aura.application.mesh.port.StoredSecrets;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** The secret columns of the shared database: {@code signing_key.private_key} and {@code mesh_secret.secret}. */
@Singleton
public record JdbcStoredSecrets(JdbcOperations jdbc, Secrets secrets) implements StoredSecrets {
    private record Stored(String table, String column, String idColumn, Object id, String purpose, String value,
                          boolean base64) {
        /** The bytes an unsealed value stands for. */
        byte[] plaintext() {
            return base64 ? Base64.getDecoder().decode(value) : value.getBytes(StandardCharsets.UTF_8);
        }
    }

    @Override
    public int sealPlaintext() {
        return jdbc.execute(c -> {
            int sealed = 0;
            for (Stored s : all(c)) {
                if (secrets.isSealed(s.value())) {
                    secrets.open(s.purpose(), s.value()); // a node with another key stops here, saying so
                    continue;
                }
                sealed += write(c, s, secrets.seal(s.purpose(), s.plaintext()));
            }
            return sealed;
        });
    }

    @Override
    public int resealAll() {
        return jdbc.execute(c -> {
            int resealed = 0;
            for (Stored s : all(c)) {
                byte[] plain = secrets.isSealed(s.value()) ? secrets.open(s.purpose(), s.value()) : s.plaintext();
                resealed += write(c, s, secrets.seal(s.purpose(), plain));
            }
            return resealed;
        });
    }

    private static List<Stored> all(Connection c) throws SQLException {
        List<Stored> all = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT kid, private_key FROM signing_key");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                all.add(new Stored("signing_key", "private_key", "kid", rs.getString(1),
                        JdbcSigningKeys.purpose(rs.getString(1)), rs.getString(2), true));
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT id, secret FROM mesh_secret");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                all.add(new Stored("mesh_secret", "secret", "id", rs.getInt(1), JdbcMeshCredential.PURPOSE,
                        rs.getString(2), false));
            }
        }
        return all;
    }

    /** Only if the row still holds what was read, so two nodes starting at once do not seal twice. */
    private static int write(Connection c, Stored s, String sealed) throws SQLException {
        String sql = "UPDATE " + s.table() + " SET " + s.column() + " = ? WHERE " + s.idColumn() + " = ? AND "
                + s.column() + " = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, sealed);
            ps.setObject(2, s.id());
            ps.setString(3, s.value());
            return ps.executeUpdate();
        }
    }
}
