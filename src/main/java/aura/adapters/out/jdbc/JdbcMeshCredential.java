package aura.adapters.out.jdbc;

import aura.application.mesh.port.MeshCredential;
import aura.application.mesh.port.Secrets;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Base64;

/**
 * The mesh credential, made once by whichever node needs it first and kept in the shared database, so every node
 * of the mesh (and only they) can present it. It is stored sealed with the secrets key.
 */
@Singleton
@DatabaseOutages
public class JdbcMeshCredential implements MeshCredential {
    static final String PURPOSE = "mesh_secret.secret";

    private final JdbcOperations jdbc;
    private final Secrets secrets;
    private volatile String secret;

    public JdbcMeshCredential(JdbcOperations jdbc, Secrets secrets) {
        this.jdbc = jdbc;
        this.secrets = secrets;
    }

    @Override
    public String secret() {
        String s = secret;
        if (s == null) {
            synchronized (this) {
                if (secret == null) secret = loadOrCreate();
                s = secret;
            }
        }
        return s;
    }

    private String loadOrCreate() {
        String existing = read();
        if (existing != null) return existing;
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        String fresh = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        try {
            jdbc.execute(c -> {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO mesh_secret (id, secret) VALUES (1, ?)")) {
                    ps.setString(1, secrets.seal(PURPOSE, fresh.getBytes(StandardCharsets.UTF_8)));
                    return ps.executeUpdate();
                }
            });
        } catch (RuntimeException anotherNodeWasFirst) {
            // keep theirs
        }
        return read();
    }

    private String read() {
        String stored = jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT secret FROM mesh_secret WHERE id = 1");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        });
        if (stored == null || !secrets.isSealed(stored)) return stored; // plaintext until start-up seals it
        return new String(secrets.open(PURPOSE, stored), StandardCharsets.UTF_8);
    }
}
