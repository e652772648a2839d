package aura.application.mesh.port;

/** Every secret the shared database holds, as a whole: for sealing old plaintext rows and for key rotation. */
public interface StoredSecrets {
    /** Seals the rows still in plaintext and checks that the others open with this node's key; returns how many were sealed. */
    int sealPlaintext();

    /** Seals every row again with the newest key; returns how many. */
    int resealAll();
}
