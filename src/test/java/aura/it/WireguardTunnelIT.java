package aura.it;

import aura.adapters.in.cli.AuraCommand;
import aura.testing.NetworkNamespaces;
import aura.testing.NodeProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The configurations {@code aura-node wg render} writes carry real traffic. Three hosts in network namespaces the
 * test makes, on a bridge of their own (underlay 198.18.0.0/24, a range kept for tests): a lead and a compute
 * node with public addresses, and a laptop without one. Each brings its rendered configuration up with Debian's
 * userspace wireguard-go ({@code wg setconf} of {@code wg-quick strip}); an Aura node runs in the lead's
 * namespace, and the laptop and the compute node reach its HTTP port at its VPN address — which exists only on
 * the tunnel. Everything is removed afterwards, also when the test fails.
 */
class WireguardTunnelIT {
    private static final String NETWORK = "172.29.0.0/24";

    @TempDir
    Path dir;

    @Test
    void httpCrossesTheRenderedTunnelsIncludingFromTheLaptopWithoutAPublicAddress() throws Exception {
        Path inventory = Files.writeString(dir.resolve("inventory.yml"), """
                wireguard: {network: %s, port: 51820}
                nodes:
                  - {name: lead, role: lead, address: 172.29.0.1, public: 198.18.0.1}
                  - {name: gpu, role: compute, address: 172.29.0.2, public: 198.18.0.2}
                  - {name: laptop, role: laptop, address: 172.29.0.3}
                """.formatted(NETWORK));
        Path out = dir.resolve("wg");
        StringWriter err = new StringWriter();
        int status = AuraCommand.execute(new String[]{"wg", "render", "--inventory", inventory.toString(), "--out",
                out.toString(), "--data-dir", dir.resolve("data").toString(), "--preshared-keys"},
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        assertThat(status).as(err.toString()).isZero();

        String leadNamespace;
        try (NetworkNamespaces net = new NetworkNamespaces()) {
            Map<String, String> namespaces = Map.of("lead", net.host("lead", "198.18.0.1/24"),
                    "gpu", net.host("gpu", "198.18.0.2/24"), "laptop", net.host("laptop", "198.18.0.3/24"));
            int index = 0;
            for (String node : List.of("lead", "gpu", "laptop")) {
                net.wireguard(namespaces.get(node), net.interfaceName("w" + index++), out.resolve(node + ".conf"));
            }
            String lead = namespaces.get("lead");
            leadNamespace = lead;
            Path data = Files.createDirectories(dir.resolve("lead-data"));
            Process aura = net.start(lead, dir.resolve("lead.log"), List.of(java(), "-Xmx256m", "-jar",
                    NodeProcess.jar().toAbsolutePath().toString(), "serve", "--port", "3000", "--data-dir", data.toString()),
                    Map.of());
            try {
                String health = awaitHttp(net, namespaces.get("laptop"), "172.29.0.1", 3000, "/health", aura, dir.resolve("lead.log"));
                assertThat(health).startsWith("HTTP/1.1 200").contains("\"UP\"");
                assertThat(get(net, namespaces.get("gpu"), "172.29.0.1", 3000, "/health")).startsWith("HTTP/1.1 200");
                // The laptop has no endpoint the lead could dial: the lead knows it only from the laptop's handshake.
                assertThat(net.exec(lead, "wg show " + net.interfaceName("w0") + " endpoints")).contains("198.18.0.3:");
                // The VPN address is the tunnel's alone: the underlay has no route to it.
                assertThat(net.exec(namespaces.get("laptop"), "ip route get 172.29.0.1")).contains("dev " + net.interfaceName("w2"));
            } finally {
                aura.destroy();
            }
        }
        assertThat(NetworkNamespaces.run("ip", "netns", "list")).doesNotContain(leadNamespace);
    }

    private static String awaitHttp(NetworkNamespaces net, String namespace, String host, int port, String path,
                                    Process node, Path log) throws Exception {
        long deadline = System.nanoTime() + 90_000_000_000L;
        AssertionError last = null;
        while (System.nanoTime() < deadline) {
            if (!node.isAlive()) throw new AssertionError("the node exited:\n" + Files.readString(log));
            try {
                return get(net, namespace, host, port, path);
            } catch (AssertionError notYet) {
                last = notYet;
                Thread.sleep(500);
            }
        }
        throw new AssertionError("no answer over the tunnel within 90 s (" + last.getMessage() + "):\n" + Files.readString(log));
    }

    /** A plain HTTP/1.1 GET from inside {@code namespace}, with bash's own TCP, so the test needs no HTTP client there. */
    private static String get(NetworkNamespaces net, String namespace, String host, int port, String path) {
        return net.exec(namespace, "exec 3<>/dev/tcp/" + host + "/" + port + " && printf 'GET " + path
                + " HTTP/1.1\\r\\nHost: " + host + "\\r\\nConnection: close\\r\\n\\r\\n' >&3 && timeout 10 cat <&3");
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
