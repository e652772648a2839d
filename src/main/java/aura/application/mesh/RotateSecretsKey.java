package aura.application.mesh;

import aura.application.mesh.port.Secrets;
import aura.application.mesh.port.StoredSecrets;
import jakarta.inject.Singleton;

/**
 * Replaces the secrets key: a new key is added, every stored secret is sealed again with it, and only then are
 * the older keys forgotten, so an interruption at any step leaves everything readable. Returns how many secrets
 * were sealed again.
 */
@Singleton
public record RotateSecretsKey(Secrets secrets, StoredSecrets stored) {
    public int rotate() {
        secrets.addKey();
        int resealed = stored.resealAll();
        secrets.retireOlderKeys();
        return resealed;
    }
}
