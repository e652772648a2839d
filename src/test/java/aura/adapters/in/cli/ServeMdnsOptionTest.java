package aura.adapters.in.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ServeMdnsOptionTest {
    @Test
    void anMdnsAddressThatIsNotAnIpv4AddressExits2BeforeAnythingStarts() {
        CommandLineRun run = CommandLineRun.run("serve", "--mdns-address", "aurora.local");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("serve: 'aurora.local' is not an IPv4 address (like 10.0.0.1)\n");
    }
}
