package aura.adapters.out.jdbc;

import aura.adapters.in.cli.NodeLauncher;
import aura.adapters.out.file.FileSecrets;
import aura.application.auth.port.SigningKeys;
import aura.application.mesh.port.MeshCredential;
import aura.application.mesh.RotateSecretsKey;
import aura.domain.mesh.Inventory;
import aura.domain.mesh.MeshSettings;
import aura.adapters.in.cli.NodeSettings;
import aura.adapters.in.cli.StartupRequest;
import aura.testing.Accounts;
import aura.testing.Services;
import io.micronaut.context.ApplicationContext;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The private signing keys and the mesh credential, as they lie in the shared database: sealed, never plain. */
class SecretsAtRestTest {
    @TempDir
    Path dataDir;

    private final String dbUrl = Services.freshDatabase("secrets_at_rest");

    private ApplicationContext start() {
        int port = Services.freePort();
        var inventory = new Inventory(new MeshSettings("secrets-" + UUID.randomUUID().toString().substring(0, 8),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()), List.of());
        return NodeLauncher.start(NodeSettings.resolve(new StartupRequest(Optional.of("lead"), Optional.empty(),
                Optional.of(port), "h", "1", dataDir.toString()), inventory,
                Map.of("AURA_DB_URL", dbUrl, "AURA_DB_USER", "postgres", "AURA_REDIS_URL", Services.redis())));
    }

    private Connection db() throws SQLException {
        return DriverManager.getConnection(dbUrl, "postgres", "");
    }

    private String raw(String sql) throws SQLException {
        try (var c = db(); var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void theDatabaseHoldsNoPlaintextKeyAndNoPlaintextCredential() throws Exception {
        try (var node = start()) {
            String credential = node.getBean(MeshCredential.class).secret();
            var key = node.getBean(SigningKeys.class).all().get(0);
            String privateKey = raw("SELECT private_key FROM signing_key");
            String secret = raw("SELECT secret FROM mesh_secret");

            assertThat(privateKey).startsWith("aes-gcm:").doesNotContain(Base64.getEncoder().encodeToString(key.privateKey()));
            assertThat(secret).startsWith("aes-gcm:").doesNotContain(credential);
        }
    }

    @Test
    void secretsStoredInPlaintextByAnOlderVersionAreSealedOnStartAndStillWork() throws Exception {
        String credential;
        String privateKey;
        try (var node = start()) {
            credential = node.getBean(MeshCredential.class).secret();
            privateKey = Base64.getEncoder().encodeToString(node.getBean(SigningKeys.class).all().get(0).privateKey());
            Accounts.adminToken("http://127.0.0.1:" + node.getProperty("micronaut.server.port", Integer.class).orElseThrow());
        }
        try (var c = db(); var s = c.createStatement()) {
            s.executeUpdate("UPDATE mesh_secret SET secret = '" + credential + "'");
            s.executeUpdate("UPDATE signing_key SET private_key = '" + privateKey + "'");
        }
        try (var node = start()) {
            assertThat(raw("SELECT secret FROM mesh_secret")).startsWith("aes-gcm:");
            assertThat(raw("SELECT private_key FROM signing_key")).startsWith("aes-gcm:");
            assertThat(node.getBean(MeshCredential.class).secret()).isEqualTo(credential);
            int port = node.getProperty("micronaut.server.port", Integer.class).orElseThrow();
            assertThat(Accounts.login("http://127.0.0.1:" + port, Accounts.ADMIN, Accounts.PASSWORD).get("accessToken"))
                    .as("tokens are signed with the key that was sealed").isNotNull();
        }
    }

    @Test
    void rotatingTheSecretsKeySealsEverythingAgainWithTheNewKey() throws Exception {
        try (var node = start()) {
            String credential = node.getBean(MeshCredential.class).secret();
            // A key file holding the mesh's current key, as the lead keeps it.
            Path file = dataDir.resolve("rotation").resolve("secrets.key");
            Files.createDirectories(file.getParent());
            Files.writeString(file, System.getenv("AURA_SECRETS_KEY"));
            var secrets = new FileSecrets(file, null);
            var stored = new JdbcStoredSecrets(node.getBean(JdbcOperations.class), secrets);
            String before = raw("SELECT secret FROM mesh_secret");

            assertThat(new RotateSecretsKey(secrets, stored).rotate()).isEqualTo(2);

            String after = raw("SELECT secret FROM mesh_secret");
            assertThat(after.split(":")[1]).isNotEqualTo(before.split(":")[1]);
            assertThat(new String(new FileSecrets(file, null).open(JdbcMeshCredential.PURPOSE, after),
                    java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(credential);
            assertThat(Files.readString(file).trim()).doesNotContain(System.getenv("AURA_SECRETS_KEY"));
        }
    }

    @Test
    void aNodeWithAnotherSecretsKeyIsStoppedAtStartUpSayingSo() throws Exception {
        try (var node = start()) {
            node.getBean(MeshCredential.class).secret();
            var stranger = new FileSecrets(dataDir.resolve("stranger").resolve("secrets.key"), null);
            var stored = new JdbcStoredSecrets(node.getBean(JdbcOperations.class), stranger);
            org.assertj.core.api.Assertions.assertThatThrownBy(stored::sealPlaintext)
                    .hasMessageContaining("every node of the mesh needs the same key");
        }
    }
}
