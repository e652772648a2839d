package aura.application.auth.port;

import aura.domain.auth.SigningKey;

import java.util.List;

/** The token signing keys every node shares through the database. */
public interface SigningKeys {
    /** Oldest first. */
    List<SigningKey> all();

    void add(SigningKey key);
}
