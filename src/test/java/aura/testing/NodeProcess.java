package aura.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
