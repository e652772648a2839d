package aura.adapters.in.cli;

import aura.testing.Services;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static aura.adapters.in.cli.CommandLineRun.run;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code aura-node db backup} and {@code db restore FILE} on a mesh's real Postgres: what was backed up comes back. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DbBackupCommandTest {
    @TempDir
    static Path dir;
    private String databaseUrl;
    private Path inventory;

    @BeforeAll
    void aMeshWithItsOwnDatabase() throws Exception {
        databaseUrl = Services.freshDatabase("db_backup");
        inventory = dir.resolve("inventory.yml");
        Files.writeString(inventory, """
                mesh:
                  name: backup-test
                  redis: %s
                  postgres: {url: "%s", user: postgres}
                nodes:
                  - {name: keeper, role: lead, address: 127.0.0.1}
                """.formatted(Services.redis(), databaseUrl));
    }

    private CommandLineRun db(String... args) {
        List<String> all = new ArrayList<>(List.of("db"));
        all.addAll(List.of(args));
        all.addAll(List.of("--inventory", inventory.toString(), "--node", "keeper", "--data-dir", dir.toString()));
        return run(all.toArray(String[]::new));
    }

    @Test
    void whatWasBackedUpComesBackAfterItWasChangedAndDropped() throws Exception {
        var first = db("backup"); // migrates the fresh database too
        assertThat(first.status()).as(first.err()).isZero();
        sql("DROP TABLE IF EXISTS keepsake", "CREATE TABLE keepsake (id int PRIMARY KEY, words text)",
                "INSERT INTO keepsake VALUES (1, 'the first words'), (2, 'the second words')");

        var backup = db("backup");
        assertThat(backup.status()).as(backup.err()).isZero();
        String file = backup.out().strip().replaceAll("^backup (\\S+) .*$", "$1");
        assertThat(Path.of(file)).exists().startsWith(dir.resolve("backups"));

        sql("UPDATE keepsake SET words = 'overwritten' WHERE id = 1", "DROP TABLE user_account CASCADE");
        var restore = db("restore", file);

        assertThat(restore.status()).as(restore.err()).isZero();
        assertThat(restore.out()).contains("restored " + file);
        assertThat(query("SELECT words FROM keepsake ORDER BY id")).containsExactly("the first words", "the second words");
        assertThat(query("SELECT count(*) FROM user_account")).containsExactly("0");

        sql("DROP TABLE keepsake"); // and once more by its name in the backup directory
        assertThat(db("restore", Path.of(file).getFileName().toString()).status()).isZero();
        assertThat(query("SELECT count(*) FROM keepsake")).containsExactly("2");
    }

    @Test
    void aMissingFileExitsWith2AndOneLine() {
        var outcome = db("restore", dir.resolve("nope.dump").toString());
        assertThat(outcome.status()).isEqualTo(2);
        assertThat(outcome.err().strip()).isEqualTo("restore: backup file " + dir.resolve("nope.dump") + " not found");
    }

    @Test
    void aFileThatIsNotABackupExitsWith2AndChangesNothing() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "DROP TABLE user_account;");
        var outcome = db("restore", notes.toString());
        assertThat(outcome.status()).isEqualTo(2);
        assertThat(outcome.err().strip().lines()).hasSize(1);
        assertThat(outcome.err()).contains("is not a backup");
        assertThat(query("SELECT count(*) FROM user_account")).containsExactly("0");
    }

    @Test
    void aSoloNodeRefusesWithOneLine() {
        var outcome = run("db", "backup", "--node", "solo-box", "--data-dir", dir.resolve("solo").toString());
        assertThat(outcome.status()).isEqualTo(2);
        assertThat(outcome.err().strip().lines()).hasSize(1);
        assertThat(outcome.err()).contains("this node is solo");
    }

    private void sql(String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(databaseUrl, "postgres", ""); var s = c.createStatement()) {
            for (String statement : statements) s.execute(statement);
        }
    }

    private List<String> query(String select) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(databaseUrl, "postgres", "");
             var rs = c.createStatement().executeQuery(select)) {
            while (rs.next()) rows.add(rs.getString(1));
        }
        return rows;
    }
}
