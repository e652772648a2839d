package aura.adapters.in.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static aura.adapters.in.cli.CommandLineRun.run;
import static org.assertj.core.api.Assertions.assertThat;

/** The command line's contract: exit 2 and one line naming the problem for bad input; --help everywhere. */
class CommandLineTest {
    @TempDir
    Path dir;

    @Test
    void anUnknownRoleExitsWithStatus2AndOneLine() {
        var outcome = run("serve", "--role", "boss", "--data-dir", dir.toString());
        assertThat(outcome.status()).isEqualTo(2);
        assertThat(outcome.err().strip().lines()).hasSize(1);
        assertThat(outcome.err()).contains("unknown role 'boss'");
    }

    @Test
    void aMissingInventoryExitsWithStatus2NamingTheFile() {
        var outcome = run("serve", "--inventory", dir.resolve("missing.yml").toString(), "--data-dir", dir.toString());
        assertThat(outcome.status()).isEqualTo(2);
        assertThat(outcome.err().strip()).isEqualTo("serve: " + dir.resolve("missing.yml") + ": file not found");
    }

    @Test
    void anInventoryThatDoesNotParseExitsWithStatus2NamingFileAndLine() throws Exception {
        Path file = dir.resolve("bad.yml");
        Files.writeString(file, "nodes:\n  - name: a\n    role: lead\n    address: 127.0.0.1\n    port: [\n");
        var outcome = run("serve", "--inventory", file.toString(), "--data-dir", dir.toString());
        assertThat(outcome.status()).isEqualTo(2);
        assertThat(outcome.err().strip().lines()).hasSize(1);
        assertThat(outcome.err()).contains(file + ":6: not valid YAML");
    }

    @Test
    void aNodeNotInTheInventoryExitsWithStatus2() {
        var outcome = run("serve", "--inventory", "node-inventory.yml", "--node", "ghost", "--data-dir", dir.toString());
        assertThat(outcome.status()).isEqualTo(2);
        assertThat(outcome.err()).contains("node 'ghost' is not in the inventory");
    }

    @Test
    void aPortOutOfRangeExitsWithStatus2() {
        var outcome = run("serve", "--port", "70000", "--data-dir", dir.toString());
        assertThat(outcome.status()).isEqualTo(2);
        assertThat(outcome.err()).contains("--port must be between 1 and 65535");
    }

    @Test
    void helpWorksOnEverySubcommandWithPortAndDataDir() {
        for (String[] args : new String[][] {{"serve", "--help"}, {"inventory", "check", "--help"}, {"user", "add", "--help"}, {"auth", "rotate-key", "--help"}}) {
            var outcome = run(args);
            assertThat(outcome.status()).isZero();
            assertThat(outcome.out()).contains("--port", "--data-dir", "--help");
        }
        assertThat(run("--help").out()).contains("serve", "inventory");
    }

    private static CommandLineRun runWithStdin(String stdin, String... args) {
        var original = System.in;
        System.setIn(new java.io.ByteArrayInputStream(stdin.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        try {
            return run(args);
        } finally {
            System.setIn(original);
        }
    }

    @Test
    void userAddCreatesAnAdminThatCanThenBeRefusedAsADuplicate() {
        var created = runWithStdin("Correct-Horse-9!\n", "user", "add", "Robbie", "--admin", "--password-stdin",
                "--data-dir", dir.toString());
        assertThat(created.status()).as(created.err()).isZero();
        assertThat(created.out()).contains("created user robbie (admin)");
        var again = runWithStdin("Correct-Horse-9!\n", "user", "add", "robbie", "--password-stdin", "--data-dir", dir.toString());
        assertThat(again.status()).isEqualTo(2);
        assertThat(again.err()).contains("already exists");
    }

    @Test
    void userAddWithAWeakPasswordExitsWith2NamingTheRule() {
        var weak = runWithStdin("short\n", "user", "add", "ann", "--password-stdin", "--data-dir", dir.toString());
        assertThat(weak.status()).isEqualTo(2);
        assertThat(weak.err().strip().lines()).hasSize(1);
        assertThat(weak.err()).contains("at least 12 characters");
    }

    @Test
    void rotateKeyAddsANewSigningKey() {
        var rotated = run("auth", "rotate-key", "--data-dir", dir.toString());
        assertThat(rotated.status()).as(rotated.err()).isZero();
        assertThat(rotated.out()).startsWith("new signing key ");
    }

    @Test
    void inventoryCheckListsTheNodes() {
        var outcome = run("inventory", "check", "node-inventory.yml");
        assertThat(outcome.status()).isZero();
        assertThat(outcome.out()).contains("mesh 'aurora', 5 nodes", "vengeance", "compute", "RTX 4090");
    }
}
