package aura.domain.network;

import java.util.Base64;

/**
 * A WireGuard key (private, public or preshared) in WireGuard's own format: the base64 of its 32 bytes, as
 * {@code wg genkey}, {@code wg pubkey} and {@code wg genpsk} print it.
 */
public record WireguardKey(String base64) {
    public WireguardKey {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64 == null ? "" : base64);
        } catch (IllegalArgumentException e) {
            raw = new byte[0];
        }
        if (raw.length != 32 || base64.length() != 44) {
            throw new IllegalArgumentException("a WireGuard key is the base64 of 32 bytes (44 characters)");
        }
    }

    public static WireguardKey of(byte[] raw) {
        return new WireguardKey(Base64.getEncoder().encodeToString(raw));
    }

    public byte[] raw() {
        return Base64.getDecoder().decode(base64);
    }

    /** Never the key itself: a private key must not end up in a log line. */
    @Override
    public String toString() {
        return "WireguardKey[…]";
    }
}
