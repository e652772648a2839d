package aura.adapters.out.pgtools;

import aura.application.backup.port.DatabaseBackups;
import aura.domain.backup.Backup;
import aura.domain.problem.Conflict;
import aura.domain.problem.InvalidInput;
import io.micronaut.context.annotation.Property;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Backups as pg_dump's custom format (compressed, restored selectively by pg_restore) in
 * {@code <data-dir>/backups}. A backup is written under a hidden temporary name and renamed when pg_dump is done,
 * so a listed backup is always complete.
 */
@Singleton
class PgDumpBackups implements DatabaseBackups {
    /** What every pg_dump custom-format archive begins with. */
    private static final byte[] MAGIC = "PGDMP".getBytes(StandardCharsets.US_ASCII);

    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final Path directory;

    PgDumpBackups(@Property(name = "datasources.default.url") String jdbcUrl,
                  @Property(name = "datasources.default.username", defaultValue = "") String user,
                  @Property(name = "datasources.default.password", defaultValue = "") String password,
                  @Property(name = "aura.data-dir") String dataDir) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.directory = Path.of(dataDir, "backups");
    }

    @Override
    public Backup write(String name) {
        LibpqTarget target = target();
        Path file = directory.resolve(name);
        Path partial = directory.resolve("." + name + ".partial");
        try {
            Files.createDirectories(directory);
            PgTools.run(List.of(PgTools.require("pg_dump").toString(), "--format=custom", "--no-owner",
                    "--file=" + partial, "--dbname=" + target.uri()), target.env());
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            return backupAt(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the backup " + file, e);
        } finally {
            deleteQuietly(partial);
        }
    }

    @Override
    public List<Backup> list() {
        if (!Files.isDirectory(directory)) return List.of();
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> Backup.isBackupName(f.getFileName().toString())).flatMap(f -> {
                try {
                    return Stream.of(backupAt(f));
                } catch (IOException e) {
                    return Stream.empty(); // deleted while we looked
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the backups in " + directory, e);
        }
    }

    @Override
    public void delete(Backup backup) {
        try {
            Files.deleteIfExists(directory.resolve(backup.name()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the backup " + backup.name(), e);
        }
    }

    @Override
    public void restore(String file) {
        LibpqTarget target = target();
        Path archive = locate(file);
        requireArchive(archive, file);
        // --clean --if-exists drops what the backup holds before recreating it; --single-transaction with
        // --exit-on-error makes a failed restore leave the database as it was.
        PgTools.run(List.of(PgTools.require("pg_restore").toString(), "--clean", "--if-exists", "--no-owner",
                "--single-transaction", "--exit-on-error", "--dbname=" + target.uri(), archive.toString()), target.env());
    }

    /** A path as given, else a name in the backup directory. */
    private Path locate(String file) {
        Path given = Path.of(file);
        if (Files.exists(given)) return given;
        Path inDirectory = directory.resolve(file);
        if (!given.isAbsolute() && Files.exists(inDirectory)) return inDirectory;
        throw new InvalidInput("FILE", "backup file " + file + " not found");
    }

    private static void requireArchive(Path archive, String file) {
        if (!Files.isRegularFile(archive)) throw new InvalidInput("FILE", file + " is not a file");
        try (InputStream in = Files.newInputStream(archive)) {
            if (!Arrays.equals(in.readNBytes(MAGIC.length), MAGIC)) {
                throw new InvalidInput("FILE", file + " is not a backup (not a pg_dump custom-format archive)");
            }
        } catch (NoSuchFileException e) {
            throw new InvalidInput("FILE", "backup file " + file + " not found");
        } catch (IOException e) {
            throw new InvalidInput("FILE", file + " cannot be read: " + e.getMessage());
        }
    }

    private LibpqTarget target() {
        if (!LibpqTarget.isPostgres(jdbcUrl)) {
            throw new Conflict("backups are of the mesh's Postgres; this node is solo (its database is the H2 file "
                    + "aura.mv.db in the data directory: copy it while the node is stopped)");
        }
        return LibpqTarget.of(jdbcUrl, user, password);
    }

    private static Backup backupAt(Path file) throws IOException {
        return new Backup(file.getFileName().toString(), Files.size(file), Files.getLastModifiedTime(file).toInstant());
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover hidden .partial file is never listed
        }
    }
}
