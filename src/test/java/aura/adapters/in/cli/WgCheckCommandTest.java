package aura.adapters.in.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class WgCheckCommandTest {
    @TempDir
    Path dir;

    @Test
    void theExampleInventoryIsAValidMeshAndEachNodeIsSaidHowItIsReached() {
        CommandLineRun run = CommandLineRun.run("wg", "check", "--inventory", "node-inventory.yml");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("node-inventory.yml: WireGuard network 10.0.0.0/24, port 51820, 5 nodes\n")
                .contains("aurora         10.0.0.1        reached at aurora-town-u44170.vm.elestio.app:51820")
                .contains("robbiebook1    10.0.0.30       no public address: keeps its NAT open to the others");
    }

    @Test
    void aBrokenMeshExits2NamingTheLineAndWritesNothing() throws IOException {
        Path file = Files.writeString(dir.resolve("inventory.yml"), """
                nodes:
                  - {name: a, role: lead, address: 10.0.0.1, public: a.example}
                  - {name: b, role: laptop, address: 10.0.0.1}
                """);
        CommandLineRun run = CommandLineRun.run("wg", "check", "--inventory", file.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("check: " + file + ":3: node 'b' has VPN address 10.0.0.1, already node 'a''s\n");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }
}
