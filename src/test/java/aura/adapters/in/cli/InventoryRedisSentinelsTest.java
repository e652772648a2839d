package aura.adapters.in.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code mesh.redis: {sentinels, master}}: the node asks the Sentinels for the master and follows a failover. */
class InventoryRedisSentinelsTest {
    @TempDir
    Path dir;

    private Path write(String redis) throws IOException {
        return Files.writeString(dir.resolve("inv.yml"), "mesh:\n  redis: " + redis
                + "\n  postgres: {url: 'jdbc:postgresql://127.0.0.1/aura'}\n");
    }

    @Test
    void sentinelsAndMasterBecomeASentinelUrl() throws IOException {
        assertThat(InventoryFile.read(write("{sentinels: [10.0.0.1:26379, 10.0.0.2:26379], master: aura}")).mesh().redisUrl())
                .contains("redis-sentinel://10.0.0.1:26379,10.0.0.2:26379/aura");
    }

    @Test
    void aPlainUrlStaysAsItIs() throws IOException {
        assertThat(InventoryFile.read(write("redis://10.0.0.1:6379")).mesh().redisUrl()).contains("redis://10.0.0.1:6379");
    }

    @Test
    void aMissingMasterIsNamedWithTheLine() throws IOException {
        Path file = write("{sentinels: [10.0.0.1:26379]}");
        assertThatThrownBy(() -> InventoryFile.read(file)).hasMessageStartingWith(file + ":2: mesh.redis.master names the master");
    }

    @Test
    void aSentinelWithoutAPortIsRefused() throws IOException {
        Path file = write("{sentinels: [10.0.0.1], master: aura}");
        assertThatThrownBy(() -> InventoryFile.read(file)).hasMessageContaining("'10.0.0.1' is not host:port");
    }

    @Test
    void anUnknownKeyIsRefused() throws IOException {
        Path file = write("{sentinels: [10.0.0.1:26379], master: aura, password: x}");
        assertThatThrownBy(() -> InventoryFile.read(file)).hasMessageContaining("unknown key 'password' in mesh.redis");
    }
}
