package aura.it;

import aura.adapters.in.cli.AuraCommand;
import aura.testing.Accounts;
import aura.testing.Http;
import aura.testing.NodeProcess;
import aura.testing.PostgresCluster;
import aura.testing.RedisProcess;
import aura.testing.Services;
import aura.testing.StandInBackend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import redis.clients.jedis.Jedis;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing is lost when the lead dies. A Postgres primary and its synchronous standby, a Redis master, its replica
 * and three Sentinels, all on loopback ports of this test's own; two real nodes (the jar) serving chats from a
 * stand-in model. A client keeps sending chat messages through both nodes, alternately, and records every answer.
 * The Postgres primary is SIGKILLed and the standby promoted; later the Redis master is SIGKILLed. Writes resume
 * within 30 s of each kill; every message acknowledged (200) is in the promoted database afterwards; no request
 * answers anything but 200 or 503, and every 503 carries Retry-After; the session logged in at the start is never
 * refused and still valid on both nodes at the end.
 */
class LeadFailoverIT {
    /** Ports outside the ones other tests take (free ports, 5432, 6379), so a parallel run on this machine cannot collide. */
    private static final int PRIMARY_PORT = 55401;
    private static final int STANDBY_PORT = 55402;
    private static final int REDIS_MASTER_PORT = 56401;
    private static final int REDIS_REPLICA_PORT = 56402;
    private static final int[] SENTINEL_PORTS = {56403, 56404, 56405};
    private static final String SLOT = "aura_lead_failover_it";
    private static final String MASTER = "aura-lead-failover";
    private static final Duration RESUME_BOUND = Duration.ofSeconds(30);
    /**
     * How long after the Postgres kill the standby is promoted: by hand, as docs/HA.md says, so not at once. Twice the
     * pool's 5 s connection timeout, so a request that waits for a connection is answered 503 before the promotion,
     * not served by the new primary just in time (with 5 s the two raced, and a fast run saw no 503 at all).
     */
    private static final Duration PROMOTION_DELAY = Duration.ofSeconds(10);
    /** How long the test waits for anything at all: a loaded machine is slow, but the bound above is what is asserted. */
    private static final Duration PATIENCE = Duration.ofSeconds(180);
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path dir;
    private final List<AutoCloseable> started = new ArrayList<>();
    /** Every answer the client and the login probe got, in order. */
    private final List<Attempt> attempts = new CopyOnWriteArrayList<>();

    /** One request and what came of it; status -1: no answer at all (connection refused, timed out). */
    record Attempt(String what, String node, String content, long sentNanos, long answeredNanos, int status,
                   String retryAfter, String body) {
        boolean acknowledged() {
            return status == 200;
        }

        boolean sentAfter(long nanos) {
            return sentNanos > nanos;
        }
    }

    @Test
    void everyAcknowledgedMessageSurvivesTheDeathOfThePostgresPrimaryAndOfTheRedisMaster() throws Exception {
        Thread cleanupOnExit = new Thread(this::stopAll, "lead-failover-it-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanupOnExit); // an aborted run leaves no server behind
        try {
            run();
        } finally {
            stopAll();
            Runtime.getRuntime().removeShutdownHook(cleanupOnExit);
            keepLogs();
        }
    }

    private void run() throws Exception {
        requireFree(PRIMARY_PORT, STANDBY_PORT, REDIS_MASTER_PORT, REDIS_REPLICA_PORT);
        requireFree(SENTINEL_PORTS);

        // Postgres: a primary and a standby made by `aura-node db standby`, named synchronous on the primary.
        PostgresCluster primary = keep(PostgresCluster.create(PRIMARY_PORT));
        sql(primary.url("postgres"), "CREATE DATABASE aura");
        Path standbyData = PostgresCluster.newDirectory().resolve("data");
        cli("db", "standby", "--primary", "127.0.0.1:" + PRIMARY_PORT, "--pgdata", standbyData.toString(), "--slot", SLOT);
        PostgresCluster standby = keep(PostgresCluster.adopt(standbyData, STANDBY_PORT));
        sql(primary.url("postgres"), "ALTER SYSTEM SET synchronous_standby_names = '" + SLOT + "'", "SELECT pg_reload_conf()");
        awaitStreaming(primary);

        // Redis: master, replica, three Sentinels.
        Path redisDir = Files.createDirectories(dir.resolve("redis"));
        RedisProcess master = keep(RedisProcess.master(redisDir, REDIS_MASTER_PORT));
        RedisProcess replica = keep(RedisProcess.replicaOf(redisDir, master, REDIS_REPLICA_PORT));
        List<String> sentinels = new ArrayList<>();
        for (int port : SENTINEL_PORTS) sentinels.add(keep(RedisProcess.sentinel(redisDir, MASTER, master, port)).address());

        // Two nodes, each with the stand-in model, on the multi-host URL and the Sentinels.
        StandInBackend model = keep(StandInBackend.start(StandInBackend.Protocol.OLLAMA, "llama3:8b"));
        int alphaPort = Services.freePort();
        int betaPort = Services.freePort();
        Path inventory = Files.writeString(dir.resolve("inventory.yml"), """
                mesh:
                  name: lead-failover-it
                  redis: {sentinels: [%s], master: %s}
                  postgres: {hosts: [127.0.0.1:%d, 127.0.0.1:%d], database: aura, user: postgres}
                nodes:
                  - {name: alpha, role: lead, address: 127.0.0.1, port: %d, backend: {kind: ollama, url: "%s"}}
                  - {name: beta, role: compute, address: 127.0.0.1, port: %d, backend: {kind: ollama, url: "%s"}}
                """.formatted(String.join(", ", sentinels), MASTER, PRIMARY_PORT, STANDBY_PORT, alphaPort, model.url(),
                betaPort, model.url()));
        NodeProcess alpha = keep(NodeProcess.startInMesh(dir, alphaPort, inventory, "alpha"));
        alpha.awaitHealthy(PATIENCE);
        NodeProcess beta = keep(NodeProcess.startInMesh(dir, betaPort, inventory, "beta"));
        beta.awaitHealthy(PATIENCE);
        List<NodeProcess> nodes = List.of(alpha, beta);

        String token = Accounts.adminToken(alpha.base());
        List<String> conversations = new ArrayList<>();
        for (NodeProcess node : nodes) {
            awaitModel(node, token);
            var created = Http.post(node.base() + "/api/chat/conversations", "{\"model\":\"llama3:8b\"}", token);
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            conversations.add(Http.parse(created.body()).get("id").getStringValue());
        }
        awaitReplicaHasEverything(master);

        // One client per node, each in its own conversation, so requests are in flight on both at the kills.
        List<Client> clients = List.of(new Client(alpha, conversations.get(0), token), new Client(beta, conversations.get(1), token));
        List<Thread> senders = new ArrayList<>();
        for (Client client : clients) {
            Thread sender = new Thread(client, "chat-client-" + client.node.port);
            senders.add(sender);
            sender.start();
        }
        try {
            awaitAcknowledged(a -> true, 6, "before the Postgres kill");

            // The Postgres primary dies; the standby is promoted as an operator (or their script) would, a few
            // seconds later: the nodes meanwhile find no primary at all.
            long postgresKilled = System.nanoTime();
            primary.kill();
            Thread.sleep(PROMOTION_DELAY.toMillis());
            long promotionStarted = System.nanoTime();
            cli("db", "promote", "--standby", "127.0.0.1:" + STANDBY_PORT);
            long postgresPromoted = System.nanoTime();
            Attempt firstAfterPostgres = awaitAcknowledged(a -> a.what().equals("chat") && a.sentAfter(postgresKilled), 1,
                    "after the Postgres kill");
            awaitAcknowledged(a -> a.sentAfter(firstAfterPostgres.answeredNanos()), 6, "after the Postgres promotion");
            // Both nodes write to the new primary, not only the one that happened to be asked first.
            for (NodeProcess node : nodes) {
                awaitAcknowledged(a -> a.node().equals(node.base()) && a.sentAfter(firstAfterPostgres.answeredNanos()), 1,
                        "through " + node.base() + " after the Postgres promotion");
            }
            awaitReplicaHasEverything(master);

            // The Redis master dies; the Sentinels promote the replica by themselves. A login (a session written to
            // Redis) is the write that shows Redis is back; chat messages go on all along.
            long redisKilled = System.nanoTime();
            master.kill();
            Attempt firstLogin = loginUntilAccepted(nodes, redisKilled);
            awaitAcknowledged(a -> a.what().equals("chat") && a.sentAfter(firstLogin.answeredNanos()), 6,
                    "after the Redis failover");
            stop(clients, senders);

            assertThat(redisRole(replica)).as("the Sentinels promoted the replica").isEqualTo("master");
            Duration postgresFailover = Duration.ofNanos(firstAfterPostgres.answeredNanos() - postgresKilled);
            Duration redisFailover = Duration.ofNanos(firstLogin.answeredNanos() - redisKilled);
            List<Attempt> chats = attempts.stream().filter(a -> a.what().equals("chat")).toList();
            List<String> acknowledged = chats.stream().filter(Attempt::acknowledged).map(Attempt::content).toList();
            Set<String> stored = storedQuestions(standby);
            List<String> lost = acknowledged.stream().filter(c -> !stored.contains(c)).toList();
            List<Long> latencies = chats.stream().filter(Attempt::acknowledged)
                    .map(a -> TimeUnit.NANOSECONDS.toMillis(a.answeredNanos() - a.sentNanos())).sorted().toList();
            long postgres503 = attempts.stream().filter(a -> a.status() == 503 && a.what().equals("chat")
                    && a.sentAfter(postgresKilled) && a.sentNanos() < firstAfterPostgres.answeredNanos()).count();
            System.out.printf("lead failover: postgres kill -> first acknowledged message %d ms (promotion started "
                            + "after %d ms, took %d ms), redis kill -> first login %d ms; %d messages sent, %d acknowledged, "
                            + "%d lost, %d answered 503 (%d during the Postgres switch), %d answers done, median "
                            + "acknowledgement %d ms%n", postgresFailover.toMillis(),
                    TimeUnit.NANOSECONDS.toMillis(promotionStarted - postgresKilled),
                    TimeUnit.NANOSECONDS.toMillis(postgresPromoted - promotionStarted), redisFailover.toMillis(),
                    chats.size(), acknowledged.size(), lost.size(), attempts.stream().filter(a -> a.status() == 503).count(),
                    postgres503, chats.stream().filter(a -> a.body().matches("(?s).*event: ?done.*")).count(),
                    latencies.get(latencies.size() / 2));
            attempts.stream().filter(a -> !a.acknowledged()).forEach(a -> System.out.printf("  %s %s %d %+d ms from the "
                    + "Postgres kill, %+d ms from the Redis kill: %s%n", a.what(), a.node(), a.status(),
                    TimeUnit.NANOSECONDS.toMillis(a.sentNanos() - postgresKilled),
                    TimeUnit.NANOSECONDS.toMillis(a.sentNanos() - redisKilled), a.body()));

            assertThat(lost).as("acknowledged messages missing from the promoted database").isEmpty();
            assertThat(attempts).as("every answer during both switches").allSatisfy(a -> {
                assertThat(a.status()).as(a.toString()).isIn(200, 503);
                if (a.status() == 503) assertThat(a.retryAfter()).as(a.toString()).isNotNull();
            });
            assertThat(postgres503).as("chat messages refused while there was no primary").isPositive();
            assertThat(chats).as("no message sent after the kill is acknowledged before there is a primary again")
                    .noneMatch(a -> a.acknowledged() && a.sentAfter(postgresKilled) && a.answeredNanos() < promotionStarted);
            assertThat(postgresFailover).as("Postgres kill to the first acknowledged message").isLessThan(RESUME_BOUND);
            assertThat(redisFailover).as("Redis kill to the first accepted login").isLessThan(RESUME_BOUND);
            for (NodeProcess node : nodes) {
                var me = Http.get(node.base() + "/api/auth/me", token);
                assertThat(me.statusCode()).as("the first session on " + node.base() + ": " + me.body()).isEqualTo(200);
            }
        } finally {
            stop(clients, senders);
        }
    }

    private static void stop(List<Client> clients, List<Thread> senders) throws InterruptedException {
        clients.forEach(Client::stop);
        for (Thread sender : senders) sender.join(TimeUnit.SECONDS.toMillis(120));
    }

    /** Sends chat messages through one node until stopped, recording every answer. */
    private final class Client implements Runnable {
        private final NodeProcess node;
        private final String conversation;
        private final String token;
        private final ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "chat-stream-reader");
            t.setDaemon(true);
            return t;
        });
        private volatile boolean running = true;

        Client(NodeProcess node, String conversation, String token) {
            this.node = node;
            this.conversation = conversation;
            this.token = token;
        }

        void stop() {
            running = false;
        }

        @Override
        public void run() {
            for (int i = 0; running; i++) {
                attempts.add(send(node, conversation, "message " + i + " through " + node.port));
                pause(50);
            }
            reader.shutdownNow();
        }

        private Attempt send(NodeProcess node, String conversation, String content) {
            var request = HttpRequest.newBuilder(URI.create(node.base() + "/api/chat/conversations/" + conversation + "/messages"))
                    .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                    .header("Accept", "text/event-stream").header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"content\":\"" + content + "\"}")).build();
            long sent = System.nanoTime();
            try {
                HttpResponse<InputStream> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofInputStream());
                long answered = System.nanoTime(); // the status is the acknowledgement: the question is stored
                Future<String> body = reader.submit(() -> new String(response.body().readAllBytes(), StandardCharsets.UTF_8));
                String text;
                try {
                    text = body.get(60, TimeUnit.SECONDS);
                } catch (TimeoutException stillOpen) {
                    response.body().close();
                    text = "(the answer's stream was still open after 60 s)";
                }
                return new Attempt("chat", node.base(), content, sent, answered, response.statusCode(),
                        response.headers().firstValue("Retry-After").orElse(null), text);
            } catch (Exception e) {
                return new Attempt("chat", node.base(), content, sent, System.nanoTime(), -1, null, e.toString());
            }
        }
    }

    /** Logs in through the nodes in turn until one accepts (a session written to the new master), recording each answer. */
    private Attempt loginUntilAccepted(List<NodeProcess> nodes, long since) throws InterruptedException {
        long deadline = since + PATIENCE.toNanos();
        for (int i = 0; System.nanoTime() < deadline; i++) {
            NodeProcess node = nodes.get(i % nodes.size());
            long sent = System.nanoTime();
            Attempt attempt;
            try {
                var answer = Http.post(node.base() + "/api/auth/login", Accounts.credentials(Accounts.ADMIN, Accounts.PASSWORD), null);
                attempt = new Attempt("login", node.base(), null, sent, System.nanoTime(), answer.statusCode(),
                        answer.headers().firstValue("Retry-After").orElse(null), answer.body());
            } catch (IllegalStateException noAnswer) {
                attempt = new Attempt("login", node.base(), null, sent, System.nanoTime(), -1, null, noAnswer.toString());
            }
            attempts.add(attempt);
            if (attempt.acknowledged()) return attempt;
            pause(250);
        }
        throw new AssertionError("no login accepted within " + PATIENCE + " of the Redis kill: " + recent());
    }

    /** The {@code count}-th acknowledged chat message that matches, waiting for it. */
    private Attempt awaitAcknowledged(Predicate<Attempt> which, int count, String when) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            List<Attempt> matching = attempts.stream().filter(a -> a.what().equals("chat") && a.acknowledged())
                    .filter(which).toList();
            if (matching.size() >= count) return matching.get(count - 1);
            pause(100);
        }
        throw new AssertionError("fewer than " + count + " messages acknowledged " + when + " within " + PATIENCE + ": " + recent());
    }

    private String recent() {
        List<Attempt> all = new ArrayList<>(attempts);
        return all.subList(Math.max(0, all.size() - 10), all.size()).toString();
    }

    private static Set<String> storedQuestions(PostgresCluster database) throws Exception {
        Set<String> contents = new HashSet<>();
        try (var c = DriverManager.getConnection(database.url("aura"), "postgres", "");
             var rs = c.createStatement().executeQuery("SELECT content FROM chat_message WHERE speaker = 'USER'")) {
            while (rs.next()) contents.add(rs.getString(1));
        }
        return contents;
    }

    /** The standby streams from the primary: synchronous commits can complete. */
    private static void awaitStreaming(PostgresCluster primary) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            try (var c = DriverManager.getConnection(primary.url("postgres"), "postgres", "");
                 var rs = c.createStatement().executeQuery("SELECT sync_state FROM pg_stat_replication "
                         + "WHERE application_name = '" + SLOT + "' AND state = 'streaming'")) {
                if (rs.next() && rs.getString(1).equals("sync")) return;
            }
            pause(200);
        }
        throw new AssertionError("the standby never streamed synchronously from the primary");
    }

    /** The replica acknowledged every write so far (sessions included), with a socket timeout longer than WAIT's. */
    private static void awaitReplicaHasEverything(RedisProcess master) {
        try (Jedis onMaster = new Jedis("127.0.0.1", master.port(), 10_000)) {
            long acknowledged = 0;
            for (int i = 0; i < 12 && acknowledged < 1; i++) acknowledged = onMaster.waitReplicas(1, 5000);
            assertThat(acknowledged).as("the Redis replica acknowledged the master's writes").isEqualTo(1);
        }
    }

    private static String redisRole(RedisProcess redis) {
        try (Jedis jedis = new Jedis("127.0.0.1", redis.port(), 5000)) {
            return jedis.info("replication").lines().filter(l -> l.startsWith("role:")).findFirst().orElse("role:?")
                    .substring(5).strip();
        }
    }

    private static void awaitModel(NodeProcess node, String token) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            if (Http.get(node.base() + "/api/chat/models", token).body().contains("llama3:8b")) return;
            pause(200);
        }
        throw new AssertionError(node.base() + " never listed the stand-in's model");
    }

    private static void sql(String url, String... statements) throws Exception {
        try (var c = DriverManager.getConnection(url, "postgres", ""); var s = c.createStatement()) {
            for (String statement : statements) s.execute(statement);
        }
    }

    private static void cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = AuraCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(status).as(String.join(" ", args) + ": " + out + err).isZero();
    }

    private static void requireFree(int... ports) {
        for (int port : ports) {
            try (var ignored = new ServerSocket(port, 0, InetAddress.getLoopbackAddress())) {
                // free: nothing of an earlier run holds it
            } catch (IOException e) {
                throw new IllegalStateException("loopback port " + port + " is taken (a server left by an aborted run? "
                        + "`ss -ltnp | grep " + port + "` names it)", e);
            }
        }
    }

    /** The nodes' and servers' logs outlive the temporary directory, for a failure to be read afterwards. */
    private void keepLogs() throws IOException {
        Path logs = Files.createDirectories(Path.of("target", "lead-failover-it"));
        try (var files = Files.walk(dir)) {
            for (Path log : files.filter(f -> f.toString().endsWith(".log")).toList()) {
                Files.copy(log, logs.resolve(log.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private <T extends AutoCloseable> T keep(T resource) {
        synchronized (started) {
            started.add(resource);
        }
        return resource;
    }

    /** Nodes first, then the servers they use, the newest first; each at most once, whatever fails. */
    private void stopAll() {
        List<AutoCloseable> toStop;
        synchronized (started) {
            toStop = new ArrayList<>(started);
            started.clear();
        }
        Collections.reverse(toStop);
        for (AutoCloseable c : toStop) {
            try {
                c.close();
            } catch (Exception e) {
                System.err.println("lead failover IT: could not stop " + c + ": " + e);
            }
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
