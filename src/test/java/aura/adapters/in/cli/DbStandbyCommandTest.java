package aura.adapters.in.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static aura.adapters.in.cli.CommandLineRun.run;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code aura-node db standby} and {@code db promote} refuse bad input with exit 2 and one line, touching nothing. */
class DbStandbyCommandTest {
    @TempDir
    Path dir;

    @Test
    void aPrimaryThatIsNotHostAndPortIsRefused() {
        var outcome = run("db", "standby", "--primary", "db1:http", "--pgdata", dir.resolve("s").toString());
        assertThat(outcome.status()).isEqualTo(2);
        assertThat(outcome.err().strip()).isEqualTo("standby: --primary must be HOST:PORT (got 'db1:http')");
    }

    @Test
    void aDataDirectoryThatIsNotEmptyIsRefusedAndKept() throws Exception {
        Path keep = Files.writeString(dir.resolve("PG_VERSION"), "15");
        var outcome = run("db", "standby", "--primary", "127.0.0.1:1", "--pgdata", dir.toString());
        assertThat(outcome.status()).isEqualTo(2);
        assertThat(outcome.err().strip()).isEqualTo("standby: " + dir + " is not empty: a standby starts from a fresh copy");
        assertThat(keep).exists();
    }

    @Test
    void aSlotNamePostgresWouldRefuseIsRefusedFirst() {
        var outcome = run("db", "standby", "--primary", "127.0.0.1:1", "--pgdata", dir.toString(), "--slot", "Star-1");
        assertThat(outcome.status()).isEqualTo(2);
        assertThat(outcome.err()).contains("--slot must be 1-63 lower-case letters, digits or underscores");
    }

    @Test
    void aStandbyThatIsNotHostAndPortIsRefused() {
        var outcome = run("db", "promote", "--standby", "::");
        assertThat(outcome.status()).isEqualTo(2);
        assertThat(outcome.err().strip().lines()).hasSize(1);
    }
}
