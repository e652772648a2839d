package aura.application.auth.port;

/** One-way password hashing (Argon2id); the encoded hash carries its own salt and parameters. */
public interface PasswordHasher {
    String hash(String password);

    boolean verify(String password, String encodedHash);
}
