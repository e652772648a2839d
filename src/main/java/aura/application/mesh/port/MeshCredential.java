package aura.application.mesh.port;

/** The secret every node of the mesh holds; node-to-node calls must present it. */
public interface MeshCredential {
    String secret();

    /** Constant-time comparison, so timing reveals nothing about the secret. */
    default boolean matches(String presented) {
        return presented != null && java.security.MessageDigest.isEqual(
                secret().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                presented.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
