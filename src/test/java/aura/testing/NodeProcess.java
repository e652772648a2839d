package aura.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The real jar running as its own process, as a person starts it: {@code java -jar aura-node.jar serve ...}. */
public final class NodeProcess implements AutoCloseable {
    private final Process process;
    private final Path log;
    public final int port;

    private NodeProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    public static Path jar() {
        Path jar = Path.of(System.getProperty("aura.jar", "target/aura-node.jar"));
        if (!Files.exists(jar)) throw new IllegalStateException(jar + " is missing: run `mvn package` first");
        return jar;
    }

    public static NodeProcess start(Path workDir, int port, Map<String, String> env, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx256m", "-jar", jar().toAbsolutePath().toString(),
                "serve", "--port", Integer.toString(port)));
        command.addAll(List.of(args));
        Path log = workDir.resolve("node-" + port + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        return new NodeProcess(builder.start(), log, port);
    }

    /** Starts the node {@code name} of the mesh {@code inventory} describes, with its data in {@code workDir/<name>}. */
    public static NodeProcess startInMesh(Path workDir, int port, Path inventory, String name) throws IOException {
        return start(workDir, port, Map.of(), "--inventory", inventory.toString(), "--node", name,
                "--data-dir", workDir.resolve(name).toString());
    }

    /**
     * Writes {@code dir/inventory.yml}: a mesh of its own on the real Redis and a fresh Postgres database
     * {@code aura_test_<databaseSuffix>}, with {@code nodes} as its entries (one YAML flow map each).
     */
    public static Path meshInventory(Path dir, String databaseSuffix, String... nodes) throws IOException {
        StringBuilder yaml = new StringBuilder("""
                mesh:
                  name: %s
                  redis: %s
                  postgres: {url: "%s", user: postgres}
                nodes:
                """.formatted("it-" + UUID.randomUUID().toString().substring(0, 8), Services.redis(),
                Services.freshDatabase(databaseSuffix)));
        for (String node : nodes) yaml.append("  - ").append(node).append('\n');
        return Files.writeString(dir.resolve("inventory.yml"), yaml);
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    public String base() {
        return "http://127.0.0.1:" + port;
    }

    /** Waits until {@code /health} answers UP, or fails with the node's log. */
    public NodeProcess awaitHealthy(Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) throw new AssertionError("node on port " + port + " exited:\n" + log());
            try {
                if (Http.get(base() + "/health").body().contains("\"UP\"")) return this;
            } catch (IllegalStateException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("node on port " + port + " not healthy within " + limit + ":\n" + log());
    }

    /** SIGKILL: the node gets no chance to say goodbye. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    public String log() throws IOException {
        return Files.exists(log) ? Files.readString(log) : "";
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) kill();
        }
    }
}
