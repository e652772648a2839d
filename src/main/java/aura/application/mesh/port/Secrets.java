package aura.application.mesh.port;

/**
 * The lead's secrets store: seals secrets kept in the shared database (the token signing keys, the mesh
 * credential) with a key that is never in the database, so a copy of the database alone reveals none of them.
 * Every node of a mesh holds the same key. {@code purpose} binds a sealed value to where it is stored, so a
 * sealed value moved to another column does not open.
 */
public interface Secrets {
    String seal(String purpose, byte[] plain);

    byte[] open(String purpose, String sealed);

    /** False for a value stored before secrets were sealed (plaintext), which must be sealed on first start. */
    boolean isSealed(String stored);

    /** Adds a fresh key that seals from now on; the older ones still open what they sealed. */
    void addKey();

    /** Forgets every key but the newest, once everything is sealed with it. */
    void retireOlderKeys();
}
