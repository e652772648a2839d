package aura.adapters.in.cli;

import aura.domain.mesh.PostgresHosts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code mesh.postgres.hosts}: the primary and its standbys, so a node follows a promotion without a restart. */
class InventoryPostgresHostsTest {
    @TempDir
    Path dir;

    private Path write(String postgres) throws IOException {
        return Files.writeString(dir.resolve("inv.yml"), "mesh:\n  redis: redis://127.0.0.1:6379\n  postgres: " + postgres + "\n");
    }

    @Test
    void hostsBecomeAMultiHostUrlThatFollowsThePrimary() throws IOException {
        var mesh = InventoryFile.read(write("{hosts: [10.0.0.1:5432, 10.0.0.2], database: aurora, user: aura}")).mesh();
        assertThat(mesh.postgresUrl()).contains("jdbc:postgresql://10.0.0.1:5432,10.0.0.2/aurora?targetServerType=primary");
    }

    @Test
    void theDatabaseIsAuraUnlessNamed() throws IOException {
        assertThat(InventoryFile.read(write("{hosts: [db1, db2]}")).mesh().postgresUrl())
                .contains("jdbc:postgresql://db1,db2/aura?targetServerType=primary");
    }

    @Test
    void urlAndHostsTogetherAreRefusedWithTheLine() throws IOException {
        Path file = write("{url: 'jdbc:postgresql://a/aura', hosts: [b]}");
        assertThatThrownBy(() -> InventoryFile.read(file)).hasMessage(file + ":3: mesh.postgres takes url or hosts, not both");
    }

    @Test
    void aHostThatIsNotHostOrHostPortIsNamed() throws IOException {
        Path file = write("{hosts: ['db1:99999']}");
        assertThatThrownBy(() -> InventoryFile.read(file)).hasMessageContaining("'db1:99999' is not host or host:port");
    }

    @Test
    void aMultiHostEnvironmentUrlGetsTheTargetServerTypeAndASingleHostOneStaysAsItIs() {
        assertThat(PostgresHosts.followingPrimary("jdbc:postgresql://a:5432,b:5433/aura?ssl=true"))
                .isEqualTo("jdbc:postgresql://a:5432,b:5433/aura?ssl=true&targetServerType=primary");
        assertThat(PostgresHosts.followingPrimary("jdbc:postgresql://a,b/aura?targetServerType=preferPrimary"))
                .endsWith("targetServerType=preferPrimary");
        assertThat(PostgresHosts.followingPrimary("jdbc:postgresql://a:5432/aura")).isEqualTo("jdbc:postgresql://a:5432/aura");
        assertThat(PostgresHosts.url(List.of("a"), "aura")).isEqualTo("jdbc:postgresql://a/aura?targetServerType=primary");
    }
}
