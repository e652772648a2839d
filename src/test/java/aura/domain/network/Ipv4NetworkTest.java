package aura.domain.network;

import aura.domain.problem.InvalidInput;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class Ipv4NetworkTest {

    @Test
    void anAddressIsWrittenAsItWasRead() {
        assertThat(Ipv4Address.parse("10.0.0.1", "f")).hasToString("10.0.0.1");
        assertThat(Ipv4Address.parse("255.255.255.255", "f").bits()).isEqualTo(-1);
    }

    @Test
    void somethingThatIsNotFourNumbersUpTo255IsRefusedNamingTheField() {
        for (String bad : new String[]{"10.0.0", "10.0.0.256", "10.0.0.1.2", "ten.0.0.1", "10..0.1", "10.0.0.-1",
                "+1.0.0.1", "aurora.local", "", "1000.0.0.1"}) {
            assertThatThrownBy(() -> Ipv4Address.parse(bad, "nodes.a.address")).as(bad)
                    .isInstanceOfSatisfying(InvalidInput.class,
                            e -> assertThat(e.field()).contains("nodes.a.address"))
                    .hasMessageContaining("is not an IPv4 address");
        }
    }

    @Test
    void aNetworkWithHostBitsSetIsRefusedSayingWhichNetworkWasMeant() {
        assertThatThrownBy(() -> Ipv4Network.parse("10.0.0.5/24", "wireguard.network"))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("the network is 10.0.0.0/24");
        assertThatThrownBy(() -> Ipv4Network.parse("10.0.0.0/33", "wireguard.network")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> Ipv4Network.parse("10.0.0.0", "wireguard.network")).isInstanceOf(InvalidInput.class);
    }

    @Test
    void containsAgreesWithComparingTheFirstPrefixBitsOnManyRandomInputs() {
        Random random = new Random(16);
        for (int i = 0; i < 20_000; i++) {
            int prefix = random.nextInt(33);
            String baseBits = bits(random.nextInt()).substring(0, prefix) + "0".repeat(32 - prefix);
            Ipv4Network network = Ipv4Network.parse(dotted(baseBits) + "/" + prefix, "f");
            // Half the candidates share the prefix, so both answers are exercised at every length.
            String candidate = random.nextBoolean() ? baseBits.substring(0, prefix) + bits(random.nextInt()).substring(prefix)
                    : bits(random.nextInt());
            boolean expected = candidate.substring(0, prefix).equals(baseBits.substring(0, prefix));
            assertThat(network.contains(Ipv4Address.parse(dotted(candidate), "f"))).as(network + " " + dotted(candidate))
                    .isEqualTo(expected);
        }
    }

    private static String bits(int value) {
        String s = Integer.toBinaryString(value);
        return "0".repeat(32 - s.length()) + s;
    }

    private static String dotted(String bits) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 4; i++) s.append(i == 0 ? "" : ".").append(Integer.parseInt(bits.substring(8 * i, 8 * i + 8), 2));
        return s.toString();
    }
}
