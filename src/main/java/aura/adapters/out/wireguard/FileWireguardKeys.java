package aura.adapters.out.wireguard;

import aura.application.network.port.WireguardKeys;
import aura.domain.network.MeshKey;
import aura.domain.network.WireguardKey;
import aura.domain.problem.InvalidInput;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Keys in files, in WireGuard's own format (one base64 line, as {@code wg genkey} writes them):
 * {@code DIR/keys/NAME.key} and {@code NAME.pub}, {@code DIR/keys/A+B.psk} for a pair (names in order), and a
 * node's own key in {@code <data dir>/wireguard.key}. A node whose key lives in its data directory has only its
 * {@code .pub} under {@code DIR/keys}.
 */
@Singleton
@Requires(property = FileWireguardKeys.OUT)
class FileWireguardKeys implements WireguardKeys {
    static final String OUT = "aura.network.wireguard.out";
    private final Path keys;
    private final Path ownKey;

    FileWireguardKeys(@Property(name = OUT) String out, @Property(name = "aura.data-dir") String dataDir) {
        this.keys = Path.of(out, "keys");
        this.ownKey = Path.of(dataDir, "wireguard.key");
    }

    @Override
    public MeshKey keyOf(String node) {
        Path privateFile = keys.resolve(node + ".key");
        Path publicFile = keys.resolve(node + ".pub");
        if (Files.exists(privateFile)) {
            WireguardKey privateKey = read(privateFile);
            WireguardKey publicKey = X25519Keys.publicKeyOf(privateKey);
            // The private key is the truth: a .pub left from a key replaced by hand is brought in line with it.
            if (!Files.exists(publicFile) || !read(publicFile).equals(publicKey)) {
                SecretFiles.write(publicFile, publicKey.base64() + "\n");
            }
            return new MeshKey(publicKey, Optional.of(privateKey));
        }
        if (Files.exists(publicFile)) return new MeshKey(read(publicFile), Optional.empty());
        WireguardKey privateKey = X25519Keys.newPrivateKey();
        WireguardKey publicKey = X25519Keys.publicKeyOf(privateKey);
        SecretFiles.write(privateFile, privateKey.base64() + "\n");
        SecretFiles.write(publicFile, publicKey.base64() + "\n");
        return new MeshKey(publicKey, Optional.of(privateKey));
    }

    @Override
    public WireguardKey ownKeyOf(String node) {
        Path shared = keys.resolve(node + ".key");
        WireguardKey privateKey;
        if (Files.exists(ownKey)) {
            privateKey = read(ownKey);
        } else {
            // A key rendered for the node before moves into its data directory, so its peers' configurations stay valid.
            privateKey = Files.exists(shared) ? read(shared) : X25519Keys.newPrivateKey();
            SecretFiles.write(ownKey, privateKey.base64() + "\n");
        }
        SecretFiles.write(keys.resolve(node + ".pub"), X25519Keys.publicKeyOf(privateKey).base64() + "\n");
        try {
            Files.deleteIfExists(shared);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + shared, e);
        }
        return privateKey;
    }

    @Override
    public WireguardKey presharedKey(String node, String peer) {
        String pair = node.compareTo(peer) < 0 ? node + "+" + peer : peer + "+" + node;
        Path file = keys.resolve(pair + ".psk");
        if (Files.exists(file)) return read(file);
        WireguardKey key = X25519Keys.newPresharedKey();
        SecretFiles.write(file, key.base64() + "\n");
        return key;
    }

    private static WireguardKey read(Path file) {
        try {
            return new WireguardKey(SecretFiles.read(file));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("keys", file + " does not hold a WireGuard key (one base64 line of 32 bytes)");
        }
    }
}
