package aura.adapters.out.jdbc;

import aura.application.auth.port.SigningKeys;
import aura.domain.auth.SigningKey;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Token signing keys on the real Postgres: oldest first, private keys sealed (see {@link SecretsAtRestTest}). */
class JdbcSigningKeysTest extends OnPostgres {
    SigningKeys keys() {
        return bean(SigningKeys.class);
    }

    static SigningKey key(int minute) {
        String kid = UUID.randomUUID().toString();
        return new SigningKey(kid, minutesAfterT0(minute), ("public " + kid).getBytes(StandardCharsets.UTF_8),
                ("private " + kid).getBytes(StandardCharsets.UTF_8));
    }

    /** The stored keys among {@code ours}, in the order the port lists them. */
    List<String> listed(SigningKey... ours) {
        List<String> kids = java.util.Arrays.stream(ours).map(SigningKey::kid).toList();
        return keys().all().stream().map(SigningKey::kid).filter(kids::contains).toList();
    }

    @Test
    void keysAreListedOldestFirstWithTheirKeyMaterial() {
        var newer = key(20);
        var older = key(10);
        keys().add(newer);
        keys().add(older);

        assertThat(listed(newer, older)).containsExactly(older.kid(), newer.kid());
        SigningKey read = keys().all().stream().filter(k -> k.kid().equals(older.kid())).findFirst().orElseThrow();
        assertThat(read.created()).isEqualTo(older.created());
        assertThat(read.publicKey()).isEqualTo(older.publicKey());
        assertThat(read.privateKey()).isEqualTo(older.privateKey());
    }

    @Test
    void aKeyIdIsAddedOnlyOnce() {
        var key = key(0);
        keys().add(key);
        assertThatThrownBy(() -> keys().add(key)).isInstanceOf(RuntimeException.class);
        assertThat(listed(key)).hasSize(1);
    }

    @Test
    void aKeyStoredUnsealedByAnOlderVersionIsStillRead() {
        String kid = UUID.randomUUID().toString();
        String plain = Base64.getEncoder().encodeToString("old private".getBytes(StandardCharsets.UTF_8));
        sql("INSERT INTO signing_key (kid, created, public_key, private_key) VALUES ('" + kid + "', now(), '"
                + Base64.getEncoder().encodeToString("old public".getBytes(StandardCharsets.UTF_8)) + "', '" + plain + "')");

        SigningKey read = keys().all().stream().filter(k -> k.kid().equals(kid)).findFirst().orElseThrow();
        assertThat(new String(read.privateKey(), StandardCharsets.UTF_8)).isEqualTo("old private");
    }
}
