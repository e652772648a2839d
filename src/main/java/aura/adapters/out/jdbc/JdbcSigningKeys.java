package aura.adapters.out.jdbc;

import aura.application.auth.port.SigningKeys;
import aura.application.mesh.port.Secrets;
import aura.domain.auth.SigningKey;
import jakarta.inject.Singleton;

import java.util.Base64;
import java.util.List;

/**
 * Token signing keys in the shared database, so every node signs and verifies with the same ring; the private
 * keys are sealed with the secrets key (a row from before sealing is read as it is until start-up seals it).
 */
@Singleton
public record JdbcSigningKeys(SigningKeyRows rows, Secrets secrets) implements SigningKeys {
    static String purpose(String kid) {
        return "signing_key.private_key:" + kid;
    }

    @Override
    public List<SigningKey> all() {
        return rows.listOrderByCreated().stream()
                .map(r -> new SigningKey(r.kid(), r.created(), Base64.getDecoder().decode(r.publicKey()),
                        privateKey(r)))
                .toList();
    }

    @Override
    public void add(SigningKey key) {
        rows.save(new SigningKeyRow(key.kid(), key.created(), Base64.getEncoder().encodeToString(key.publicKey()),
                secrets.seal(purpose(key.kid()), key.privateKey())));
    }

    private byte[] privateKey(SigningKeyRow r) {
        return secrets.isSealed(r.privateKey()) ? secrets.open(purpose(r.kid()), r.privateKey())
                : Base64.getDecoder().decode(r.privateKey());
    }
}
