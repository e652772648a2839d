package aura.adapters.out.file;

import aura.domain.problem.NotAllowed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The secrets key ring: where the key comes from, what a sealed value is bound to, and rotation. */
class FileSecretsTest {
    private static final byte[] SECRET = "the mesh credential".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @Test
    void theKeyFileIsCreatedOnFirstStartReadableByItsOwnerOnly() throws Exception {
        Path file = dir.resolve("secrets.key");
        var secrets = new FileSecrets(file, null);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        String sealed = secrets.seal("p", SECRET);
        assertThat(sealed).startsWith("aes-gcm:").doesNotContain("mesh credential");
        assertThat(new FileSecrets(file, null).open("p", sealed)).as("the same file next start").isEqualTo(SECRET);
    }

    @Test
    void aSealedValueOpensOnlyForItsPurposeAndOnlyWithItsKey() {
        var secrets = new FileSecrets(dir.resolve("a.key"), null);
        String sealed = secrets.seal("mesh_secret.secret", SECRET);
        assertThatThrownBy(() -> secrets.open("signing_key.private_key:k1", sealed)).hasMessageContaining("altered or moved");
        var otherNode = new FileSecrets(dir.resolve("b.key"), null);
        assertThatThrownBy(() -> otherNode.open("mesh_secret.secret", sealed)).hasMessageContaining("same key");
    }

    @Test
    void theEnvironmentKeyWinsAndNoFileIsWritten() throws Exception {
        var fromFile = new FileSecrets(dir.resolve("secrets.key"), null);
        String key = Files.readString(dir.resolve("secrets.key")).trim();
        Path unused = dir.resolve("other").resolve("secrets.key");
        var fromEnv = new FileSecrets(unused, key);
        assertThat(fromEnv.open("p", fromFile.seal("p", SECRET))).isEqualTo(SECRET);
        assertThat(unused).doesNotExist();
        assertThatThrownBy(fromEnv::addKey).isInstanceOf(NotAllowed.class).hasMessageContaining("AURA_SECRETS_KEY");
    }

    @Test
    void rotationKeepsOldValuesOpenUntilTheOlderKeysAreRetired() throws Exception {
        Path file = dir.resolve("secrets.key");
        var secrets = new FileSecrets(file, null);
        String before = secrets.seal("p", SECRET);
        secrets.addKey();
        String after = secrets.seal("p", SECRET);
        assertThat(after.split(":")[1]).isNotEqualTo(before.split(":")[1]);
        assertThat(secrets.open("p", before)).isEqualTo(SECRET);
        secrets.retireOlderKeys();
        assertThat(secrets.open("p", after)).isEqualTo(SECRET);
        assertThatThrownBy(() -> secrets.open("p", before)).hasMessageContaining("does not have");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(new FileSecrets(file, null).open("p", after)).isEqualTo(SECRET);
    }
}
