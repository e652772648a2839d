package aura.adapters.out.pgtools;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Postgres's own command-line tools (pg_dump, pg_restore, pg_basebackup, pg_ctl), found on the {@code PATH} or,
 * as Debian installs them, under {@code /usr/lib/postgresql/<version>/bin} (the newest version first: a newer
 * pg_dump reads an older server, not the other way round).
 */
final class PgTools {
    private static final Path DEBIAN = Path.of("/usr/lib/postgresql");

    private PgTools() {
    }

    static Optional<Path> find(String tool) {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        Stream<Path> onPath = Stream.of(path.split(":")).filter(dir -> !dir.isBlank()).map(dir -> Path.of(dir, tool));
        return Stream.concat(onPath, debianVersions().map(dir -> dir.resolve("bin").resolve(tool)))
                .filter(Files::isExecutable).findFirst();
    }

    /** The tool, or a failure that says what to install. */
    static Path require(String tool) {
        return find(tool).orElseThrow(() -> new PgToolFailed(tool + " not found on PATH or under "
                + DEBIAN + "/*/bin: install the PostgreSQL client tools (Debian: postgresql-client)"));
    }

    private static Stream<Path> debianVersions() {
        try (Stream<Path> versions = Files.list(DEBIAN)) {
            return versions.sorted(Comparator.comparing(PgTools::versionOf).reversed()).toList().stream();
        } catch (IOException e) {
            return Stream.empty();
        }
    }

    private static int versionOf(Path dir) {
        try {
            return Integer.parseInt(dir.getFileName().toString().replaceAll("\\..*", ""));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Runs {@code command} to its end; what it printed, or a failure carrying its last line when it exits non-zero. */
    static String run(List<String> command, Map<String, String> env) {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true);
        builder.environment().putAll(env);
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            String output;
            try (InputStream in = process.getInputStream()) {
                output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            int status = process.waitFor();
            if (status != 0) {
                throw new PgToolFailed(Path.of(command.get(0)).getFileName() + " exited with " + status + ": "
                        + lastLines(output));
            }
            return output;
        } catch (IOException e) {
            throw new PgToolFailed("cannot run " + command.get(0) + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PgToolFailed(command.get(0) + " was interrupted");
        }
    }

    private static String lastLines(String output) {
        List<String> lines = output.lines().filter(l -> !l.isBlank()).toList();
        return String.join(" / ", lines.subList(Math.max(0, lines.size() - 3), lines.size()));
    }
}
