package aura.adapters.out.jdbc;

import aura.application.auth.SigningKeys;
import aura.domain.auth.SigningKey;
import jakarta.inject.Singleton;

import java.util.Base64;
import java.util.List;

/** Token signing keys in the shared database, so every node signs and verifies with the same ring. */
@Singleton
public class JdbcSigningKeys implements SigningKeys {
    private final SigningKeyRows rows;

    public JdbcSigningKeys(SigningKeyRows rows) {
        this.rows = rows;
    }

    @Override
    public List<SigningKey> all() {
        return rows.listOrderByCreated().stream()
                .map(r -> new SigningKey(r.kid(), r.created(), Base64.getDecoder().decode(r.publicKey()),
                        Base64.getDecoder().decode(r.privateKey())))
                .toList();
    }

    @Override
    public void add(SigningKey key) {
        rows.save(new SigningKeyRow(key.kid(), key.created(), Base64.getEncoder().encodeToString(key.publicKey()),
                Base64.getEncoder().encodeToString(key.privateKey())));
    }
}
