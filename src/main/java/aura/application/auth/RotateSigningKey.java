package aura.application.auth;

import aura.application.auth.port.SigningKeys;
import aura.domain.auth.AuditEvent;
import aura.domain.auth.SigningKey;
import jakarta.inject.Singleton;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * Adds a new ES256 signing key, which signs from then on; older keys keep verifying the tokens they signed until
 * those expire. {@link EnsureSigningKey} creates the first key when the database has none.
 */
@Singleton
public record RotateSigningKey(SigningKeys keys, Audit audit, Clock clock) {
    private static final DateTimeFormatter KID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").withZone(ZoneOffset.UTC);

    public SigningKey rotate() {
        SigningKey key = newKey(clock.instant());
        keys.add(key);
        audit.record(AuditEvent.Type.KEY_ROTATED, "", null, "new key " + key.kid());
        return key;
    }

    static SigningKey newKey(Instant now) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair pair = generator.generateKeyPair();
            String kid = KID_TIME.format(now) + "-" + UUID.randomUUID().toString().substring(0, 8);
            return new SigningKey(kid, now, pair.getPublic().getEncoded(), pair.getPrivate().getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK cannot make P-256 keys", e);
        }
    }
}
