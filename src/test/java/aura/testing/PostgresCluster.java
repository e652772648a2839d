package aura.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A throwaway Postgres server of the test's own: its data directory under /tmp, listening on a free loopback port
 * (and a socket in that directory), never the machine's main cluster. Postgres refuses to run as root, so as root
 * the tools run as the {@code postgres} user. {@link #close()} stops it and deletes its directory.
 */
public final class PostgresCluster implements AutoCloseable {
    private static final Path BIN = binaries();
    private final Path directory;
    private final int port;
    private final String host;
    /** What the server is started under: nothing, or {@code ip netns exec NAME} for a network namespace. */
    private final String launcher;

    private PostgresCluster(Path directory, int port) {
        this(directory, port, "127.0.0.1", "");
    }

    private PostgresCluster(Path directory, int port, String host, String launcher) {
        this.directory = directory;
        this.port = port;
        this.host = host;
        this.launcher = launcher;
    }

    /** A new cluster (initdb, trust for loopback and replication), started. */
    public static PostgresCluster create() {
        Path dir = newDirectory();
        shell(BIN.resolve("initdb") + " -D " + dir.resolve("data") + " -A trust -U postgres --no-sync >/dev/null");
        return new PostgresCluster(dir, Services.freePort()).start();
    }

    /**
     * A new cluster started inside the network namespace {@code namespace}, listening on {@code address}:{@code port}
     * alone (and its socket, for {@link #sql}), where clients from {@code clients} (CIDR) log in with a password
     * (scram-sha-256): the mesh's database as a lead runs it, on its VPN address.
     */
    public static PostgresCluster createInNamespace(String namespace, String address, int port, String clients) {
        Path dir = newDirectory();
        shell(BIN.resolve("initdb") + " -D " + dir.resolve("data") + " -A trust -U postgres --no-sync >/dev/null"
                + " && echo 'host all all " + clients + " scram-sha-256' >> " + dir.resolve("data/pg_hba.conf"));
        return new PostgresCluster(dir, port, address, "ip netns exec " + namespace + " ").start();
    }

    /** A cluster whose data directory {@code data} was written by someone else (pg_basebackup), started. */
    public static PostgresCluster adopt(Path data) {
        Path dir = data.getParent();
        if (isRoot()) run(List.of("chown", "-R", "postgres:postgres", dir.toString()));
        run(List.of("chmod", "700", data.toString()));
        return new PostgresCluster(dir, Services.freePort()).start();
    }

    /** A fresh empty directory (the server's user may write into it) for a data directory made elsewhere. */
    public static Path newDirectory() {
        try {
            Path dir = Files.createTempDirectory(Path.of("/tmp"), "aura-pg-");
            if (isRoot()) run(List.of("chown", "postgres:postgres", dir.toString()));
            return dir;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private PostgresCluster start() {
        run(List.of("sh", "-c", launcher + asServerUser(BIN.resolve("pg_ctl") + " -D " + data() + " -l "
                + directory.resolve("server.log") + " -w -t 60 -o \"-p " + port + " -k " + directory
                + " -c listen_addresses=" + host + " -c fsync=off\" start >/dev/null")));
        return this;
    }

    /** Runs {@code statement} as the superuser over the server's socket (which needs no network). */
    public void sql(String statement) {
        shell(BIN.resolve("psql") + " -h " + directory + " -p " + port + " -U postgres -d postgres -v ON_ERROR_STOP=1 -qc \""
                + statement.replace("\"", "\\\"") + "\" >/dev/null");
    }

    /** The server's own log. */
    public Path serverLog() {
        return directory.resolve("server.log");
    }

    public int port() {
        return port;
    }

    public Path data() {
        return directory.resolve("data");
    }

    public String url(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** As a crash: SIGKILL to the postmaster, so nothing is flushed or handed over. */
    public void kill() {
        try {
            String pid = Files.readAllLines(data().resolve("postmaster.pid")).get(0).strip();
            run(List.of("kill", "-9", pid));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        runQuietly(List.of("sh", "-c", asServerUser(BIN.resolve("pg_ctl") + " -D " + data() + " -m immediate stop")));
        // the children of a killed postmaster leave on their own; what is left of them goes with the directory
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException ignored) {
            // gone already
        }
    }

    private static void shell(String command) {
        run(List.of("sh", "-c", asServerUser(command)));
    }

    private static String asServerUser(String command) {
        return isRoot() ? "runuser -u postgres -- sh -c '" + command.replace("'", "'\\''") + "'" : command;
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static void run(List<String> command) {
        String output = runQuietly(command);
        if (output != null) throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
    }

    /** Null when the command succeeded, else what it printed. */
    private static String runQuietly(List<String> command) {
        try {
            Process p = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return p.waitFor() == 0 ? null : output;
        } catch (IOException e) {
            return e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /** Debian keeps the server's tools under /usr/lib/postgresql/<version>/bin: the newest one. */
    private static Path binaries() {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.max(Comparator.comparingInt(v -> Integer.parseInt(v.getFileName().toString().replaceAll("\\D", ""))))
                    .map(v -> v.resolve("bin")).orElseThrow();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("no PostgreSQL server under /usr/lib/postgresql: install postgresql "
                    + "(scripts/test.sh does)", e);
        }
    }
}
