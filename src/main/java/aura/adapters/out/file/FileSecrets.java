package aura.adapters.out.file;

import aura.application.mesh.port.Secrets;
import aura.domain.problem.NotAllowed;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * The secrets key ring, from {@code AURA_SECRETS_KEY} or else {@code <data-dir>/secrets.key} (created with mode
 * 0600 on first start): base64 AES-256 keys, newest first, separated by commas or new lines. Values are sealed
 * with AES-GCM as {@code aes-gcm:<key id>:<base64 of nonce and ciphertext>}; the key id (from the key's SHA-256)
 * picks the key that opens a value.
 */
@Singleton
public class FileSecrets implements Secrets {
    static final String FILE = "secrets.key";
    private static final String PREFIX = "aes-gcm:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final Path file;
    private final boolean fromEnvironment;
    private final SecureRandom random = new SecureRandom();
    private volatile List<SecretKey> ring;

    @Inject
    public FileSecrets(@Property(name = "aura.data-dir") String dataDir, @Nullable @Property(name = "aura.secrets.key") String configured) {
        this(Path.of(dataDir, FILE), configured);
    }

    /** A ring from {@code configured} (when set) or else from {@code file}. */
    public FileSecrets(Path file, @Nullable String configured) {
        this.file = file;
        this.fromEnvironment = configured != null && !configured.isBlank();
        this.ring = fromEnvironment ? parse(configured, "AURA_SECRETS_KEY") : loadOrCreate(file);
    }

    @Override
    public String seal(String purpose, byte[] plain) {
        SecretKey key = ring.get(0);
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain);
            byte[] out = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
            return PREFIX + id(key) + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal a secret: " + e.getMessage(), e);
        }
    }

    @Override
    public byte[] open(String purpose, String sealed) {
        String[] parts = sealed.split(":", 3);
        if (parts.length != 3 || !isSealed(sealed)) throw new IllegalStateException("a stored secret is not sealed");
        SecretKey key = ring.stream().filter(k -> id(k).equals(parts[1])).findFirst().orElseThrow(() ->
                new IllegalStateException("a stored secret was sealed with a secrets key this node does not have ("
                        + parts[1] + "): every node of the mesh needs the same key — copy " + FILE
                        + " from the lead into the data directory or set AURA_SECRETS_KEY"));
        byte[] data = Base64.getDecoder().decode(parts[2]);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, data, 0, NONCE_BYTES));
            cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(data, NONCE_BYTES, data.length - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a stored secret does not open: it was altered or moved", e);
        }
    }

    @Override
    public boolean isSealed(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }

    @Override
    public synchronized void addKey() {
        requireFile();
        List<SecretKey> next = new ArrayList<>();
        next.add(newKey());
        next.addAll(ring);
        write(file, next);
        ring = List.copyOf(next);
    }

    @Override
    public synchronized void retireOlderKeys() {
        requireFile();
        List<SecretKey> newest = List.of(ring.get(0));
        write(file, newest);
        ring = newest;
    }

    private void requireFile() {
        if (fromEnvironment) {
            throw new NotAllowed("the secrets key comes from AURA_SECRETS_KEY, which this command cannot change: "
                    + "to rotate it, unset the variable and keep the key in <data-dir>/" + FILE + " instead");
        }
    }

    private List<SecretKey> loadOrCreate(Path path) {
        try {
            if (Files.exists(path)) return parse(Files.readString(path), path.toString());
            List<SecretKey> fresh = List.of(newKey());
            Files.createDirectories(path.toAbsolutePath().getParent());
            try {
                Files.createFile(path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (FileAlreadyExistsException anotherStartWasFirst) {
                return parse(Files.readString(path), path.toString());
            }
            Files.writeString(path, text(fresh));
            return fresh;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the secrets key " + path, e);
        }
    }

    private static void write(Path path, List<SecretKey> keys) {
        try {
            Path temp = path.resolveSibling(FILE + ".new");
            Files.deleteIfExists(temp);
            Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(temp, text(keys));
            Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the secrets key " + path, e);
        }
    }

    private static String text(List<SecretKey> keys) {
        StringBuilder out = new StringBuilder();
        keys.forEach(k -> out.append(Base64.getEncoder().encodeToString(k.getEncoded())).append('\n'));
        return out.toString();
    }

    private static List<SecretKey> parse(String text, String source) {
        List<SecretKey> keys = new ArrayList<>();
        for (String part : text.split("[,\\s]+")) {
            if (part.isBlank()) continue;
            byte[] bytes;
            try {
                bytes = Base64.getDecoder().decode(part.trim());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("the secrets key in " + source + " is not base64");
            }
            if (bytes.length != 32) throw new IllegalStateException("the secrets key in " + source + " is not 32 bytes (AES-256)");
            keys.add(new SecretKeySpec(bytes, "AES"));
        }
        if (keys.isEmpty()) throw new IllegalStateException("the secrets key in " + source + " is empty");
        return List.copyOf(keys);
    }

    private SecretKey newKey() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return new SecretKeySpec(bytes, "AES");
    }

    private static String id(SecretKey key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
            return HexFormat.of().formatHex(Arrays.copyOf(digest, 4));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
