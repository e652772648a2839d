package aura.application.mesh;

import aura.application.mesh.port.StoredSecrets;
import jakarta.inject.Singleton;

/**
 * On start-up: secrets stored in plaintext by an older version are sealed, once; a node whose secrets key is not
 * the mesh's fails here, before it serves anything.
 */
@Singleton
public record SealStoredSecrets(StoredSecrets stored) {
    public int seal() {
        return stored.sealPlaintext();
    }
}
