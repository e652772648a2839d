package aura.domain.auth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** RFC 6238 appendix B's SHA-1 vectors, truncated to six digits. */
class TotpTest {
    private static final String RFC_SECRET = Base32.encode("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    @ParameterizedTest
    @CsvSource({"59,287082", "1111111109,081804", "1111111111,050471", "1234567890,005924", "2000000000,279037",
            "20000000000,353130"})
    void codesMatchTheRfcVectors(long seconds, String code) {
        assertThat(Totp.code(RFC_SECRET, Instant.ofEpochSecond(seconds))).isEqualTo(code);
    }

    @Test
    void aCodeFromTheNeighbouringStepIsAcceptedButNotOneFurther() {
        Instant now = Instant.ofEpochSecond(1_700_000_000L);
        String secret = Totp.newSecret(new SecureRandom());
        assertThat(Totp.verify(secret, Totp.code(secret, now.minusSeconds(30)), now)).isTrue();
        assertThat(Totp.verify(secret, Totp.code(secret, now.plusSeconds(30)), now)).isTrue();
        assertThat(Totp.verify(secret, Totp.code(secret, now.minusSeconds(90)), now)).isFalse();
        assertThat(Totp.verify(secret, "12345", now)).isFalse();
        assertThat(Totp.verify(secret, null, now)).isFalse();
    }

    @Test
    void base32RoundTripsAndTheUriNamesIssuerAndAccount() {
        byte[] data = {0, 1, 2, (byte) 250, 127, 64, 33};
        assertThat(Base32.decode(Base32.encode(data))).isEqualTo(data);
        assertThat(Totp.uri("Aura", "robbie", "ABC")).startsWith("otpauth://totp/Aura:robbie?secret=ABC&issuer=Aura");
    }
}
