package aura.it;

import aura.adapters.in.cli.AuraCommand;
import aura.testing.Accounts;
import aura.testing.Http;
import aura.testing.NetworkNamespaces;
import aura.testing.NodeProcess;
import aura.testing.PostgresCluster;
import aura.testing.Sse;
import aura.testing.StandInBackend;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole mesh whose nodes reach each other only through the tunnels {@code aura-node wg render} configured.
 * Three machines are network namespaces the test makes (lead and compute with public addresses, a laptop
 * without), each with its rendered configuration up in Debian's userspace wireguard-go, and a firewall on its
 * underlay that passes WireGuard's UDP alone. The mesh's own Postgres (password logins from the VPN network) and
 * Redis run in the lead's namespace on its VPN address; the compute node's stand-in model server listens on the
 * compute machine's loopback. A person on each machine talks to their own node on its loopback, or to another
 * node at its VPN address. Every address exists only inside the namespaces, which are removed with everything
 * running in them, and the wireguard-go sockets, also when the test fails.
 */
class MeshOverTunnelsIT {
    private static final String LEAD = "172.29.0.1";
    private static final String COMPUTE = "172.29.0.2";
    private static final String LAPTOP = "172.29.0.3";
    private static final String MODEL = "llama3:8b";
    private static final Pattern COUNTER = Pattern.compile("counter packets (\\d+)");

    @TempDir
    Path dir;

    @Test
    void nodesReachingEachOtherOnlyThroughTheTunnelsShareHeartbeatsLogoutsAndAnswers() throws Exception {
        String password = UUID.randomUUID().toString();
        String redisPassword = UUID.randomUUID().toString();
        // Redis's password reaches the nodes in AURA_REDIS_URL, Postgres's in the variable passwordEnv names.
        Path inventory = Files.writeString(dir.resolve("inventory.yml"), """
                mesh:
                  name: tunnels
                  redis: redis://%1$s:6379
                  postgres: {url: "jdbc:postgresql://%1$s:5432/aura", user: aura, passwordEnv: AURA_TEST_MESH_DB_PASSWORD}
                wireguard: {network: 172.29.0.0/24, port: 51820}
                nodes:
                  - {name: lead, role: lead, address: %1$s, public: 198.18.0.1}
                  - {name: gpu, role: compute, address: %2$s, public: 198.18.0.2, backend: {kind: ollama, url: "http://127.0.0.1:11434"}}
                  - {name: laptop, role: laptop, address: %3$s}
                """.formatted(LEAD, COMPUTE, LAPTOP));
        Path wireguard = dir.resolve("wg");
        StringWriter err = new StringWriter();
        int rendered = AuraCommand.execute(new String[]{"wg", "render", "--inventory", inventory.toString(), "--out",
                wireguard.toString(), "--data-dir", dir.resolve("keys").toString()},
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        assertThat(rendered).as(err.toString()).isZero();

        String prefix;
        List<Path> sockets = new ArrayList<>();
        try (NetworkNamespaces net = new NetworkNamespaces("aurnet")) {
            Map<String, String> machines = new LinkedHashMap<>();
            machines.put("lead", net.host("lead", "198.18.0.1/24"));
            machines.put("gpu", net.host("gpu", "198.18.0.2/24"));
            machines.put("laptop", net.host("laptop", "198.18.0.3/24"));
            prefix = machines.get("lead").substring(0, machines.get("lead").lastIndexOf('-'));
            int index = 0;
            for (var machine : machines.entrySet()) {
                onlyWireguardOnTheUnderlay(net, machine.getValue());
                String device = net.interfaceName("w" + index++);
                sockets.add(Path.of("/var/run/wireguard", device + ".sock"));
                net.wireguard(machine.getValue(), device, wireguard.resolve(machine.getKey() + ".conf"));
            }
            try {
                meshOverTheTunnels(net, machines, inventory, password, redisPassword);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError(e.getMessage() + logs(), e);
            }
        }
        assertThat(NetworkNamespaces.run("ip", "netns", "list")).doesNotContain(prefix);
        assertThat(sockets).noneMatch(Files::exists);
    }

    /** The mesh's own Postgres on the lead's VPN address, for as long as the rest of the test runs there. */
    private void meshOverTheTunnels(NetworkNamespaces net, Map<String, String> machines, Path inventory,
                                    String password, String redisPassword) throws Exception {
        try (PostgresCluster postgres = PostgresCluster.createInNamespace(machines.get("lead"), LEAD, 5432, "172.29.0.0/24")) {
            try {
                mesh(net, machines, inventory, postgres, password, redisPassword);
            } finally {
                Files.copy(postgres.serverLog(), log("postgres")); // the cluster's directory goes with it
            }
        }
    }

    private void mesh(NetworkNamespaces net, Map<String, String> machines, Path inventory, PostgresCluster postgres,
                      String password, String redisPassword) throws Exception {
        String lead = machines.get("lead");
        Person atLead = new Person(net, lead);
        Person atGpu = new Person(net, machines.get("gpu"));
        Person atLaptop = new Person(net, machines.get("laptop"));
        postgres.sql("CREATE ROLE aura LOGIN PASSWORD '" + password + "'");
        postgres.sql("CREATE DATABASE aura OWNER aura");
        // Redis refuses every address but loopback unless it has a password (its protected mode).
        net.start(lead, log("redis"), List.of("redis-server", "--bind", LEAD, "--port", "6379", "--requirepass",
                redisPassword, "--save", "", "--appendonly", "no", "--dir", dir.toString()), Map.of());
        net.start(machines.get("gpu"), log("model"), List.of(java(), "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                StandInBackend.class.getName(), "ollama", "11434", "--echoing", MODEL), Map.of());
        await(Duration.ofSeconds(30), "Redis on " + LEAD, () -> net.exec(lead, "redis-cli --no-auth-warning -a "
                + redisPassword + " -h " + LEAD + " ping").contains("PONG"));
        await(Duration.ofSeconds(60), "the stand-in model server", () -> atGpu.get("http://127.0.0.1:11434/api/tags", null).ok());

        Map<String, Process> nodes = new LinkedHashMap<>();
        for (var machine : machines.entrySet()) {
            nodes.put(machine.getKey(), net.start(machine.getValue(), log(machine.getKey()), node(inventory, machine.getKey()),
                    Map.of("AURA_TEST_MESH_DB_PASSWORD", password, "AURA_REDIS_URL", "redis://:" + redisPassword + "@" + LEAD + ":6379")));
        }
        for (var machine : machines.entrySet()) {
            Person there = new Person(net, machine.getValue());
            awaitNode(nodes, machine.getKey(), () -> there.get("http://127.0.0.1:3000/health", null).body().contains("\"UP\""));
        }
        assertThat(atLead.post("http://127.0.0.1:3000/api/auth/bootstrap",
                Accounts.credentials(Accounts.ADMIN, Accounts.PASSWORD), null).status()).isEqualTo(201);

        // A login on the laptop's own node: the session lives in the lead's Redis, over the tunnel.
        Answer login = atLaptop.post("http://127.0.0.1:3000/api/auth/login", Accounts.credentials(Accounts.ADMIN, Accounts.PASSWORD), null);
        assertThat(login.status()).as(login.body()).isEqualTo(200);
        String token = Http.parse(login.body()).get("accessToken").getStringValue();

        // Heartbeats: every node lists every node up, at its VPN address.
        for (var machine : machines.entrySet()) {
            Person there = new Person(net, machine.getValue());
            awaitNode(nodes, machine.getKey(), () -> allUp(there.get("http://127.0.0.1:3000/api/mesh/nodes", token)));
        }
        assertThat(addresses(atLaptop.get("http://127.0.0.1:3000/api/mesh/nodes", token)))
                .containsExactlyInAnyOrderEntriesOf(Map.of("lead", LEAD, "gpu", COMPUTE, "laptop", LAPTOP));

        // A chat typed on the laptop, which has no model: routed to the compute node, answered by its model.
        awaitNode(nodes, "laptop", () -> atLaptop.get("http://127.0.0.1:3000/api/chat/models", token).body().contains("gpu"));
        Answer conversation = atLaptop.post("http://127.0.0.1:3000/api/chat/conversations", "{\"model\":\"" + MODEL + "\"}", token);
        assertThat(conversation.status()).as(conversation.body()).isEqualTo(201);
        String question = "what crossed the tunnel";
        Answer streamed = atLaptop.post("http://127.0.0.1:3000/api/chat/conversations/"
                + Http.parse(conversation.body()).get("id").getStringValue() + "/messages",
                "{\"content\":\"" + question + "\"}", token);
        List<Sse.Event> events = Sse.parse(streamed.body());
        assertThat(Sse.text(events)).as(streamed.body()).isEqualTo(StandInBackend.answerTo(question));
        assertThat(Sse.first(events, "done").data().get("node").getStringValue()).isEqualTo("gpu");

        // The laptop's token works on the compute node, reached at its VPN address, until the laptop logs out.
        String onCompute = "http://" + COMPUTE + ":3000/api/mesh/nodes";
        assertThat(atLaptop.get(onCompute, token).status()).isEqualTo(200);
        assertThat(atLaptop.post("http://127.0.0.1:3000/api/auth/logout", "{}", token).status()).isEqualTo(204);
        await(Duration.ofSeconds(5), "the compute node refusing the logged-out token",
                () -> atLaptop.get(onCompute, token).status() == 401);
        assertThat(atGpu.get("http://127.0.0.1:3000/api/mesh/nodes", token).status()).isEqualTo(401);

        // The laptop's node used the lead's services at its VPN address, and nothing tried the underlay.
        assertThat(net.exec(machines.get("laptop"), "ss -tnH state established").replace("[::ffff:", "").replace("]", ""))
                .contains(LEAD + ":5432").contains(LEAD + ":6379");
        for (String machine : machines.values()) {
            assertThat(tcpDroppedOnTheUnderlay(net, machine)).as("TCP packets dropped on the underlay of " + machine).isZero();
        }
    }

    /**
     * The machine's underlay (eth0) carries WireGuard's UDP and nothing else, so whatever the nodes say to each
     * other can only go through the tunnel; TCP gets a counter of its own, which must stay zero.
     */
    private static void onlyWireguardOnTheUnderlay(NetworkNamespaces net, String namespace) {
        net.exec(namespace, """
                nft -f - <<'END'
                table inet underlay {
                  chain in {
                    type filter hook input priority 0; policy accept;
                    iifname "eth0" udp dport 51820 accept
                    iifname "eth0" udp sport 51820 accept
                    iifname "eth0" meta l4proto tcp counter drop
                    iifname "eth0" drop
                  }
                  chain out {
                    type filter hook output priority 0; policy accept;
                    oifname "eth0" udp dport 51820 accept
                    oifname "eth0" udp sport 51820 accept
                    oifname "eth0" meta l4proto tcp counter drop
                    oifname "eth0" drop
                  }
                }
                END""");
    }

    private static long tcpDroppedOnTheUnderlay(NetworkNamespaces net, String namespace) {
        Matcher counters = COUNTER.matcher(net.exec(namespace, "nft list table inet underlay"));
        long dropped = 0;
        while (counters.find()) dropped += Long.parseLong(counters.group(1));
        return dropped;
    }

    private List<String> node(Path inventory, String name) {
        Path jar = NodeProcess.jar().toAbsolutePath();
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx256m"));
        Path archive = jar.resolveSibling("aura-node.jsa");
        // The class-data archive the build wrote, as README starts the node: it starts faster on a busy machine.
        if (Files.exists(archive)) command.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto"));
        command.addAll(List.of("-jar", jar.toString(), "serve", "--inventory", inventory.toString(), "--node", name,
                "--data-dir", dir.resolve(name).toString()));
        return command;
    }

    private Path log(String name) {
        return dir.resolve(name + ".log");
    }

    private String logs() {
        StringBuilder all = new StringBuilder();
        for (String name : List.of("lead", "gpu", "laptop", "redis", "model", "postgres")) {
            try {
                Path log = log(name);
                if (Files.exists(log)) {
                    String text = Files.readString(log);
                    all.append("\n--- ").append(name).append(".log (last 4000 characters)\n")
                            .append(text.substring(Math.max(0, text.length() - 4000)));
                }
            } catch (IOException e) {
                all.append("\n--- ").append(name).append(".log unreadable: ").append(e.getMessage());
            }
        }
        return all.toString();
    }

    private static boolean allUp(Answer nodes) {
        if (!nodes.ok()) return false;
        int up = 0;
        for (JsonNode member : Http.parse(nodes.body()).values()) {
            if ("up".equals(member.get("status").getStringValue())) up++;
        }
        return up == 3;
    }

    private static Map<String, String> addresses(Answer nodes) {
        Map<String, String> addresses = new LinkedHashMap<>();
        for (JsonNode member : Http.parse(nodes.body()).values()) {
            addresses.put(member.get("name").getStringValue(), member.get("address").getStringValue());
        }
        return addresses;
    }

    /** Waits for {@code condition} while the node {@code name} runs; the node's exit ends the wait at once. */
    private static void awaitNode(Map<String, Process> nodes, String name, Supplier<Boolean> condition) throws Exception {
        await(Duration.ofSeconds(120), "node " + name, () -> {
            if (!nodes.get(name).isAlive()) throw new IllegalStateException("node " + name + " exited");
            return condition.get();
        });
    }

    private static void await(Duration limit, String what, Supplier<Boolean> condition) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            try {
                if (condition.get()) return;
            } catch (AssertionError notYet) { // curl found nothing listening yet
                last = notYet.getMessage();
            }
            Thread.sleep(250);
        }
        throw new AssertionError(what + ": not there within " + limit + (last.isEmpty() ? "" : " (" + last + ")"));
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    record Answer(int status, String body) {
        boolean ok() {
            return status == 200;
        }
    }

    /** Someone at one of the machines: HTTP with curl inside its namespace, where the test's JVM cannot reach. */
    record Person(NetworkNamespaces net, String namespace) {
        Answer get(String url, String token) {
            return call("GET", url, null, token);
        }

        Answer post(String url, String json, String token) {
            return call("POST", url, json, token);
        }

        private Answer call(String method, String url, String json, String token) {
            StringBuilder curl = new StringBuilder("curl -sS -N --max-time 25 -w '\\n%{http_code}' -X " + method
                    + " -H 'Accept: application/json, text/event-stream'");
            if (json != null) curl.append(" -H 'Content-Type: application/json' --data-binary ").append(quoted(json));
            if (token != null) curl.append(" -H ").append(quoted("Authorization: Bearer " + token));
            String out = net.exec(namespace, curl.append(' ').append(quoted(url)).toString());
            int end = out.lastIndexOf('\n');
            return new Answer(Integer.parseInt(out.substring(end + 1).strip()), out.substring(0, end));
        }

        private static String quoted(String text) {
            return "'" + text.replace("'", "'\\''") + "'";
        }
    }
}
