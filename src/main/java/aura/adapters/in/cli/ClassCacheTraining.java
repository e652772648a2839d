package aura.adapters.in.cli;

import aura.domain.mesh.Inventory;
import io.micronaut.context.ApplicationContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The build's training start for the class-data archive ({@code target/aura-node.jsa}): {@code mvn package} runs
 * {@code java -XX:ArchiveClassesAtExit=... -cp aura-node.jar} with this class, which starts a solo node the way
 * {@code serve} does, answers its first requests and exits; the JVM then writes every class it loaded, parsed and
 * verified, and {@code java -XX:SharedArchiveFile=target/aura-node.jsa -jar target/aura-node.jar serve} maps them
 * instead of loading them again. Always solo, in a throw-away data directory and on a free port: the environment
 * and inventory of the machine that builds are ignored, so a build never joins a mesh.
 */
public final class ClassCacheTraining {
    private ClassCacheTraining() {
    }

    public static void main(String[] args) throws IOException {
        Path dataDir = Files.createTempDirectory("aura-cds-training");
        int port = freePort();
        var request = new StartupRequest(Optional.empty(), Optional.empty(), Optional.of(port), "localhost",
                AuraVersion.current(), dataDir.toString());
        NodeSettings settings = NodeSettings.resolve(request, Inventory.empty(), Map.of());
        int status = 1;
        try (ApplicationContext node = NodeLauncher.start(settings)) {
            // The requests a first visit makes: readiness, then the web UI's page.
            get(port, "/health");
            get(port, "/");
            status = 0;
        } finally {
            deleteTree(dataDir);
        }
        System.exit(status);
    }

    private static void get(int port, String path) throws IOException {
        var connection = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + path).toURL().openConnection();
        try (InputStream body = connection.getInputStream()) {
            body.readAllBytes();
        } finally {
            connection.disconnect();
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
