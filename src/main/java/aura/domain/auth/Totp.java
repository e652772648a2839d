package aura.domain.auth;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;

/** RFC 6238 time-based one-time passwords: HMAC-SHA1, 6 digits, 30-second steps, one step of clock skew allowed. */
public final class Totp {
    public static final int DIGITS = 6;
    public static final long STEP_SECONDS = 30;
    private static final int SECRET_BYTES = 20;

    private Totp() {
    }

    public static String newSecret(SecureRandom random) {
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        return Base32.encode(secret);
    }

    /** The code for the 30-second step that contains {@code at}, zero-padded to six digits. */
    public static String code(String base32Secret, Instant at) {
        return codeForStep(Base32.decode(base32Secret), Math.floorDiv(at.getEpochSecond(), STEP_SECONDS));
    }

    /** True when {@code code} matches the step of {@code at}, or the step before or after it. */
    public static boolean verify(String base32Secret, String code, Instant at) {
        if (code == null || !code.matches("\\d{" + DIGITS + "}")) return false;
        byte[] key = Base32.decode(base32Secret);
        long step = Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
        boolean match = false;
        for (long s = step - 1; s <= step + 1; s++) {
            // Compare every candidate in constant time so timing reveals nothing about which step matched.
            match |= MessageDigest.isEqual(codeForStep(key, s).getBytes(StandardCharsets.US_ASCII),
                    code.getBytes(StandardCharsets.US_ASCII));
        }
        return match;
    }

    /** The otpauth:// URI authenticator apps read from a QR code. */
    public static String uri(String issuer, String account, String base32Secret) {
        String label = enc(issuer) + ":" + enc(account);
        return "otpauth://totp/" + label + "?secret=" + base32Secret + "&issuer=" + enc(issuer)
                + "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP_SECONDS;
    }

    private static String codeForStep(byte[] key, long step) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            return String.format("%0" + DIGITS + "d", binary % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is missing from this JDK", e);
        }
    }

    /** Percent-encodes everything but RFC 3986's unreserved characters, as an otpauth URI's label needs. */
    private static String enc(String s) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            boolean unreserved = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~';
            if (unreserved) out.append(c);
            else out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                    .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
        }
        return out.toString();
    }
}
