package aura.it;

import aura.testing.Accounts;
import aura.testing.NetworkNamespaces;
import aura.testing.NodeProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two real nodes on a LAN of their own — two network namespaces on a bridge the test made, so the multicast
 * stays on that bridge — each announcing itself over mDNS on its LAN address: each hears the other, with the
 * address its {@code <name>.local} record gives and the port and role of its {@code _aura._tcp} service, and
 * lists it in {@code GET /api/mesh/lan}, marked as not in its inventory when it is not.
 */
class LanAnnouncementIT {
    @TempDir
    Path dir;

    @Test
    void eachNodeHearsTheOtherOnTheLanAndOnlyTheInventorysNameIsMarkedAsKnown() throws Exception {
        Path inventory = Files.writeString(dir.resolve("inventory.yml"), """
                nodes:
                  - {name: beta, role: laptop, address: 172.29.0.3}
                """);
        try (NetworkNamespaces net = new NetworkNamespaces()) {
            String a = lanHost(net, "alpha", "198.18.1.1");
            String b = lanHost(net, "beta", "198.18.1.2");
            List<Process> nodes = new ArrayList<>();
            try {
                nodes.add(node(net, a, "alpha", "198.18.1.1", "--role", "lead"));
                nodes.add(node(net, b, "beta", "198.18.1.2", "--inventory", inventory.toString()));
                String token = login(net, b);
                String heard = awaitHeard(net, b, token, "\"alpha\"");
                assertThat(heard).contains("{\"name\":\"alpha\",\"role\":\"lead\",\"address\":\"198.18.1.1\",\"port\":3000,\"inInventory\":false}");
                assertThat(awaitHeard(net, b, token, "\"beta\"")).contains("\"name\":\"beta\",\"role\":\"laptop\",\"address\":\"198.18.1.2\"")
                        .contains("\"inInventory\":true");
                assertThat(awaitHeard(net, a, login(net, a), "\"beta\"")).contains("\"address\":\"198.18.1.2\",\"port\":3000");
                assertThat(net.exec(b, "curl -sS -H 'Authorization: Bearer " + token + "' http://127.0.0.1:3000/api/node")).contains("\"mdns\"");
                assertThat(Files.readString(dir.resolve("alpha.log"))).contains("Announced alpha.local.");
            } finally {
                nodes.forEach(Process::destroy);
            }
        }
    }

    private static String lanHost(NetworkNamespaces net, String name, String address) {
        String namespace = net.host(name, address + "/24");
        // mDNS goes to 224.0.0.251: with no default route here, multicast needs a route of its own.
        net.exec(namespace, "ip route add 224.0.0.0/4 dev eth0");
        return namespace;
    }

    private Process node(NetworkNamespaces net, String namespace, String name, String address, String... more) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", NodeProcess.jar().toAbsolutePath().toString(), "serve", "--node", name, "--port", "3000",
                "--data-dir", dir.resolve(name).toString(), "--mdns-address", address));
        command.addAll(List.of(more));
        return net.start(namespace, dir.resolve(name + ".log"), command, Map.of());
    }

    /** The first admin, made from the node's own loopback as a person would, then logged in. */
    private String login(NetworkNamespaces net, String namespace) throws Exception {
        String credentials = Accounts.credentials(Accounts.ADMIN, Accounts.PASSWORD);
        long deadline = System.nanoTime() + 90_000_000_000L;
        while (true) {
            try {
                net.exec(namespace, "curl -sS -o /dev/null -X POST -H 'Content-Type: application/json' -d '" + credentials
                        + "' http://127.0.0.1:3000/api/auth/bootstrap");
                break;
            } catch (AssertionError notUpYet) {
                if (System.nanoTime() > deadline) throw notUpYet;
                Thread.sleep(500);
            }
        }
        String answer = net.exec(namespace, "curl -sS -X POST -H 'Content-Type: application/json' -d '" + credentials
                + "' http://127.0.0.1:3000/api/auth/login");
        assertThat(answer).contains("\"accessToken\":\"");
        int start = answer.indexOf("\"accessToken\":\"") + "\"accessToken\":\"".length();
        return answer.substring(start, answer.indexOf('"', start));
    }

    private String awaitHeard(NetworkNamespaces net, String namespace, String token, String name) throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        String last;
        do {
            last = net.exec(namespace, "curl -sS -H 'Authorization: Bearer " + token + "' http://127.0.0.1:3000/api/mesh/lan");
            if (last.contains(name)) return last;
            Thread.sleep(500);
        } while (System.nanoTime() < deadline);
        throw new AssertionError(name + " not heard within 30 s: " + last + "\n" + Files.readString(dir.resolve("alpha.log"))
                + Files.readString(dir.resolve("beta.log")));
    }
}
