package aura.adapters.out.wireguard;

import aura.domain.network.WireguardKey;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The JDK's keys are WireGuard's: checked both ways against Debian's wireguard-tools (installed by scripts/test.sh). */
class X25519KeysTest {

    @Test
    void thePublicKeyOfAJdkMadePrivateKeyIsWhatWgPubkeyPrints() throws Exception {
        for (int i = 0; i < 5; i++) {
            WireguardKey privateKey = X25519Keys.newPrivateKey();
            assertThat(X25519Keys.publicKeyOf(privateKey).base64()).isEqualTo(wg(privateKey.base64(), "pubkey"));
        }
    }

    @Test
    void aKeyMadeByWgGenkeyGetsThePublicKeyWgGivesIt() throws Exception {
        for (int i = 0; i < 5; i++) {
            String privateKey = wg("", "genkey");
            assertThat(X25519Keys.publicKeyOf(new WireguardKey(privateKey)).base64()).isEqualTo(wg(privateKey, "pubkey"));
        }
    }

    @Test
    void aPrivateKeyIsClampedAsWgGenkeyClampsIt() {
        byte[] raw = X25519Keys.newPrivateKey().raw();
        assertThat(raw[0] & 7).isZero();
        assertThat(raw[31] & 0xC0).isEqualTo(0x40);
    }

    private static String wg(String input, String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("wg", command).redirectErrorStream(true).start();
        if (!input.isEmpty()) process.getOutputStream().write((input + "\n").getBytes(StandardCharsets.US_ASCII));
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
        assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out).isZero();
        return out;
    }
}
