package aura.domain.auth;

import java.time.Instant;

/**
 * An ES256 (P-256) key pair that signs access tokens, shared by every node through the database. Keys are
 * encoded as X.509 (public) and PKCS#8 (private). The newest key signs; every stored key verifies.
 */
public record SigningKey(String kid, Instant created, byte[] publicKey, byte[] privateKey) {
    public SigningKey {
        if (kid == null || kid.isBlank() || created == null || publicKey == null || privateKey == null) {
            throw new IllegalArgumentException("signing key is incomplete");
        }
        publicKey = publicKey.clone();
        privateKey = privateKey.clone();
    }

    @Override
    public byte[] publicKey() {
        return publicKey.clone();
    }

    @Override
    public byte[] privateKey() {
        return privateKey.clone();
    }

    @Override
    public String toString() {
        return "SigningKey[" + kid + ", " + created + "]";
    }
}
