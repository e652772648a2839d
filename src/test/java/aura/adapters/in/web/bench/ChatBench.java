package aura.adapters.in.web.bench;

import aura.adapters.in.cli.NodeLauncher;
import aura.domain.mesh.Inventory;
import aura.adapters.in.cli.NodeSettings;
import aura.adapters.in.cli.StartupRequest;
import aura.testing.Accounts;
import aura.testing.Http;
import aura.testing.Services;
import aura.testing.StandInBackend;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Chat through one solo node backed by a stand-in OpenAI-compatible server on loopback:
 * (1) time to first token calling the stand-in directly against through the node's /v1/chat/completions,
 * interleaved, p50 and p99 of N pairs and of the node's share per pair; (2) C concurrent streaming chats through the node: errors and wall time;
 * (3) S concurrent chats through /api/chat, whose answers are stored as they grow (every
 * {@code aura.chat.flush-interval}): median and p90 answer time, and wall time.
 * Usage: ChatBench [pairs=1000] [concurrent=500] [stored=200] [flush-interval=100ms]
 */
public final class ChatBench {
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    public static void main(String[] args) throws Exception {
        int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int concurrent = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        int stored = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        String flushInterval = args.length > 3 ? args[3] : "100ms";
        System.setProperty("aura.chat.max-concurrent", Integer.toString(concurrent));
        System.setProperty("aura.chat.answer-threads", Integer.toString(Math.max(concurrent, stored)));
        System.setProperty("aura.chat.flush-interval", flushInterval);
        System.setProperty("micronaut.server.netty.worker.threads", "4");
        try (var backend = StandInBackend.start(StandInBackend.Protocol.OPENAI, "bench:1b").tokensPerSecond(1000)) {
            int port = Services.freePort();
            var request = new StartupRequest(Optional.of("bench"), Optional.empty(), Optional.of(port), "h", "1",
                    Files.createTempDirectory("aura-bench").toString());
            try (var node = NodeLauncher.start(NodeSettings.resolve(request, Inventory.empty(), Map.of("AURA_BACKEND", backend.spec())))) {
                String base = "http://127.0.0.1:" + port;
                String token = Accounts.adminToken(base);
                String key = Http.parse(Http.post(base + "/api/auth/api-keys", "{\"name\":\"bench\"}", token).body())
                        .get("key").getStringValue();
                Thread.sleep(2500); // the node's heartbeat lists the backend's model
                timeToFirstToken(backend.url(), base, key, pairs);
                backend.tokensPerSecond(50);
                concurrentChats(base, key, concurrent);
                storedChats(base, token, stored, flushInterval);
            }
        }
        System.exit(0);
    }

    /**
     * Both paths go through the same client (one JDK HttpClient, HTTP/1.1, TCP_NODELAY, pooled keep-alive
     * connections, each response read to its end so its connection is reused) and the same timing; the pairs are
     * interleaved, and which path goes first alternates, so drift and order cost both paths alike. The node's
     * share is taken per pair (node minus direct), then its median and p99.
     */
    private static void timeToFirstToken(String direct, String node, String key, int pairs) throws Exception {
        for (int i = 0; i < 100; i++) { // warm up both paths (JIT, pooled connections on both sides)
            firstTokenMillis(direct, null);
            firstTokenMillis(node, key);
        }
        double[] d = new double[pairs];
        double[] n = new double[pairs];
        double[] added = new double[pairs];
        for (int i = 0; i < pairs; i++) {
            if (i % 2 == 0) {
                d[i] = firstTokenMillis(direct, null);
                n[i] = firstTokenMillis(node, key);
            } else {
                n[i] = firstTokenMillis(node, key);
                d[i] = firstTokenMillis(direct, null);
            }
            added[i] = n[i] - d[i];
        }
        System.out.printf("time to first token over %d interleaved pairs: direct p50 %.2f ms p99 %.2f ms; "
                        + "through the node p50 %.2f ms p99 %.2f ms; added by the node (per pair): p50 %.2f ms p99 %.2f ms%n",
                pairs, pct(d, 50), pct(d, 99), pct(n, 50), pct(n, 99), pct(added, 50), pct(added, 99));
    }

    private static double pct(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * p / 100.0) - 1)];
    }

    private static HttpRequest chat(String base, String key) {
        var b = HttpRequest.newBuilder(URI.create(base + "/v1/chat/completions")).timeout(Duration.ofSeconds(300))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"model\":\"bench:1b\",\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}"));
        if (key != null) b.header("Authorization", "Bearer " + key);
        return b.build();
    }

    private static double firstTokenMillis(String base, String key) throws Exception {
        long start = System.nanoTime();
        HttpResponse<InputStream> response = CLIENT.send(chat(base, key), HttpResponse.BodyHandlers.ofInputStream());
        try (var reader = new BufferedReader(new InputStreamReader(response.body()))) {
            String line;
            double first = -1;
            while ((line = reader.readLine()) != null) {
                if (first < 0 && line.contains("\"content\"")) first = (System.nanoTime() - start) / 1e6;
            }
            if (first < 0) throw new IllegalStateException("no token from " + base + " (status " + response.statusCode() + ")");
            return first;
        }
    }

    private static void concurrentChats(String base, String key, int count) {
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        List<String> errors = new ArrayList<>();
        long start = System.nanoTime();
        List<CompletableFuture<?>> all = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            all.add(CLIENT.sendAsync(chat(base, key), HttpResponse.BodyHandlers.ofString()).handle((r, e) -> {
                boolean good = e == null && r.statusCode() == 200 && r.body().contains("[DONE]") && !r.body().contains("\"error\"")
                        && r.body().split("\"content\"").length > StandInBackend.tokens(StandInBackend.ANSWER).size();
                if (good) ok.incrementAndGet();
                else {
                    failed.incrementAndGet();
                    synchronized (errors) {
                        if (errors.size() < 3) errors.add(e != null ? e.toString() : r.statusCode() + " " + r.body().substring(0, Math.min(200, r.body().length())));
                    }
                }
                return null;
            }));
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
        System.out.printf("%d concurrent streaming chats through one node: %d complete, %d failed, %.1f s wall%s%n",
                count, ok.get(), failed.get(), (System.nanoTime() - start) / 1e9, errors.isEmpty() ? "" : " " + errors);
    }

    private static void storedChats(String base, String token, int count, String flushInterval) {
        List<String> conversations = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            conversations.add(Http.parse(Http.post(base + "/api/chat/conversations", "{\"model\":\"bench:1b\"}", token).body())
                    .get("id").getStringValue());
        }
        List<Double> millis = new ArrayList<>();
        AtomicInteger failed = new AtomicInteger();
        long start = System.nanoTime();
        List<CompletableFuture<?>> all = new ArrayList<>();
        for (String id : conversations) {
            var request = HttpRequest.newBuilder(URI.create(base + "/api/chat/conversations/" + id + "/messages"))
                    .timeout(Duration.ofSeconds(300)).header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"content\":\"hi\"}")).build();
            long sent = System.nanoTime();
            all.add(CLIENT.sendAsync(request, HttpResponse.BodyHandlers.ofString()).handle((r, e) -> {
                boolean good = e == null && r.statusCode() == 200 && r.body().matches("(?s).*event: ?done.*");
                synchronized (millis) {
                    if (good) millis.add((System.nanoTime() - sent) / 1e6);
                    else failed.incrementAndGet();
                }
                return null;
            }));
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
        double wall = (System.nanoTime() - start) / 1e9;
        millis.sort(Double::compare);
        System.out.printf("%d concurrent stored answers (flush every %s): %d complete, %d failed; answer median %.0f ms "
                        + "p90 %.0f ms; %.1f s wall%n", count, flushInterval, millis.size(), failed.get(),
                millis.isEmpty() ? 0 : millis.get(millis.size() / 2), millis.isEmpty() ? 0 : millis.get(millis.size() * 9 / 10), wall);
    }
}
