package aura.adapters.out.wireguard;

import aura.domain.network.WireguardKey;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.SecureRandom;
import java.security.spec.NamedParameterSpec;
import java.security.spec.XECPrivateKeySpec;
import java.security.spec.XECPublicKeySpec;
import javax.crypto.KeyAgreement;

/**
 * WireGuard's keys with the JDK's own X25519 (RFC 7748), no library: a private key is 32 random bytes, clamped
 * as {@code wg genkey} clamps them; its public key is X25519 of it and the curve's base point (u = 9), which is
 * exactly what {@code wg pubkey} prints.
 */
final class X25519Keys {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final BigInteger BASE_POINT = BigInteger.valueOf(9);

    private X25519Keys() {
    }

    static WireguardKey newPrivateKey() {
        byte[] raw = randomBytes();
        raw[0] &= (byte) 248;
        raw[31] &= 127;
        raw[31] |= 64;
        return WireguardKey.of(raw);
    }

    static WireguardKey newPresharedKey() {
        return WireguardKey.of(randomBytes());
    }

    static WireguardKey publicKeyOf(WireguardKey privateKey) {
        try {
            KeyFactory factory = KeyFactory.getInstance("X25519");
            KeyAgreement agreement = KeyAgreement.getInstance("X25519");
            agreement.init(factory.generatePrivate(new XECPrivateKeySpec(NamedParameterSpec.X25519, privateKey.raw())));
            agreement.doPhase(factory.generatePublic(new XECPublicKeySpec(NamedParameterSpec.X25519, BASE_POINT)), true);
            return WireguardKey.of(agreement.generateSecret());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK cannot compute X25519", e);
        }
    }

    private static byte[] randomBytes() {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        return raw;
    }
}
