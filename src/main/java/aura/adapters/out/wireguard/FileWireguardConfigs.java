package aura.adapters.out.wireguard;

import aura.application.network.port.WireguardConfigs;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.nio.file.Path;

/** Each node's configuration as {@code DIR/NAME.conf}, mode 0600: it holds the node's private key. */
@Singleton
@Requires(property = FileWireguardKeys.OUT)
class FileWireguardConfigs implements WireguardConfigs {
    private final Path out;

    FileWireguardConfigs(@Property(name = FileWireguardKeys.OUT) String out) {
        this.out = Path.of(out);
    }

    @Override
    public String write(String node, String config) {
        Path file = out.resolve(node + ".conf");
        SecretFiles.write(file, config);
        return file.toString();
    }
}
