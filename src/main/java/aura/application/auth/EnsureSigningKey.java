package aura.application.auth;

import aura.application.auth.port.SigningKeys;
import jakarta.inject.Singleton;

import java.time.Clock;

/** Gives a new mesh its first signing key; a mesh that has one keeps it. */
@Singleton
public record EnsureSigningKey(SigningKeys keys, Clock clock) {
    public void ensureOne() {
        if (keys.all().isEmpty()) keys.add(RotateSigningKey.newKey(clock.instant()));
    }
}
