package aura.testing;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A throwaway Redis server or Sentinel of the test's own on a free loopback port, keeping nothing on disk, never
 * the machine's main Redis. {@link #kill()} is SIGKILL; {@link #close()} kills it too.
 */
public final class RedisProcess implements AutoCloseable {
    private final Process process;
    private final int port;

    private RedisProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    public static RedisProcess master(Path dir) {
        return master(dir, Services.freePort());
    }

    /** A master on {@code port}: a test that must keep clear of others' ports picks its own. */
    public static RedisProcess master(Path dir, int port) {
        return start(dir, port, List.of());
    }

    public static RedisProcess replicaOf(Path dir, RedisProcess master) {
        return replicaOf(dir, master, Services.freePort());
    }

    public static RedisProcess replicaOf(Path dir, RedisProcess master, int port) {
        return start(dir, port, List.of("--replicaof", "127.0.0.1", String.valueOf(master.port)));
    }

    /** A Sentinel watching {@code master} under the name {@code name}, agreeing a failover with one other. */
    public static RedisProcess sentinel(Path dir, String name, RedisProcess master) {
        return sentinel(dir, name, master, Services.freePort());
    }

    public static RedisProcess sentinel(Path dir, String name, RedisProcess master, int port) {
        Path conf = dir.resolve("sentinel-" + port + ".conf");
        try {
            // A Sentinel rewrites its configuration file as it learns the mesh, so each has its own.
            Files.writeString(conf, String.join("\n", "port " + port, "bind 127.0.0.1", "dir " + dir,
                    "sentinel monitor " + name + " 127.0.0.1 " + master.port + " 2",
                    "sentinel down-after-milliseconds " + name + " 1000",
                    "sentinel failover-timeout " + name + " 5000", ""));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        List<String> command = new ArrayList<>(sentinelCommand());
        command.add(1, conf.toString());
        return launch(command, port, dir);
    }

    private static RedisProcess start(Path dir, int port, List<String> extra) {
        List<String> command = new ArrayList<>(List.of("redis-server", "--port", String.valueOf(port), "--bind",
                "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir.toString()));
        command.addAll(extra);
        return launch(command, port, dir);
    }

    /** Debian's redis-sentinel (scripts/test.sh installs it); it is redis-server in Sentinel mode. */
    private static List<String> sentinelCommand() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, "redis-sentinel"))) return List.of("redis-sentinel");
        }
        return List.of("redis-server", "--sentinel");
    }

    private static RedisProcess launch(List<String> command, int port, Path dir) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("redis-" + port + ".log").toFile()).start();
            RedisProcess redis = new RedisProcess(process, port);
            for (int i = 0; i < 100 && !redis.listening(); i++) Thread.sleep(50);
            if (!redis.listening()) throw new IllegalStateException(String.join(" ", command) + " did not start");
            return redis;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + command.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private boolean listening() {
        try (Socket ignored = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public int port() {
        return port;
    }

    public String address() {
        return "127.0.0.1:" + port;
    }

    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        kill();
    }
}
