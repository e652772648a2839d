package aura.adapters.in.web;

import aura.application.monitor.MonitorFeed;
import aura.domain.monitor.Alert;
import aura.domain.monitor.MonitorEvent;
import aura.testing.Http;
import aura.testing.SoloNode;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The monitor, live, on a solo node sampling every 100 ms: {@code /ws/monitor} refuses a caller without a login and
 * streams samples, scores and alert changes to one with it; {@code POST /api/monitor/analyze} answers the shape,
 * risk and recommendations and refuses bad input naming the field; the topology windows read back; and
 * /prometheus shows the risk, the times to thresholds and the alert states.
 */
class MonitorLiveApiTest {
    @RegisterExtension
    static final SoloNode NODE = SoloNode.named("watched").withProperty("aura.monitor.sample-every", "100ms");
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    /** Collects a socket's text messages with the time each arrived (µs since the epoch). */
    static final class Messages implements WebSocket.Listener {
        final BlockingQueue<String[]> received = new LinkedBlockingQueue<>();
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                Instant now = Instant.now();
                received.add(new String[]{partial.toString(), Long.toString(now.getEpochSecond() * 1_000_000 + now.getNano() / 1000)});
                partial.setLength(0);
            }
            socket.request(1);
            return null;
        }

        JsonNode next(String type) throws InterruptedException {
            return next(type, json -> true);
        }

        /** The next message of {@code type} that {@code which} accepts, skipping the others. */
        JsonNode next(String type, java.util.function.Predicate<JsonNode> which) throws InterruptedException {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (System.nanoTime() < until) {
                String[] m = received.poll(1, TimeUnit.SECONDS);
                if (m == null) continue;
                JsonNode json = Http.parse(m[0]);
                if (json.get("type").getStringValue().equals(type) && which.test(json)) return json;
            }
            throw new AssertionError("no " + type + " message within 20 s");
        }
    }

    private static URI socket() {
        return URI.create(NODE.base().replace("http://", "ws://") + "/ws/monitor");
    }

    private static WebSocket open(Messages messages) throws Exception {
        return CLIENT.newWebSocketBuilder().header("Authorization", "Bearer " + NODE.token())
                .buildAsync(socket(), messages).get(20, TimeUnit.SECONDS);
    }

    private static int refusal(WebSocket.Builder builder) {
        Throwable t = catchThrowable(() -> builder.buildAsync(socket(), new Messages()).get(20, TimeUnit.SECONDS));
        assertThat(t).isInstanceOf(ExecutionException.class).hasCauseInstanceOf(WebSocketHandshakeException.class);
        return ((WebSocketHandshakeException) t.getCause()).getResponse().statusCode();
    }

    @Test
    void theStreamIsRefusedWithoutALogin() {
        assertThat(refusal(CLIENT.newWebSocketBuilder())).isEqualTo(401);
        assertThat(refusal(CLIENT.newWebSocketBuilder().header("Authorization", "Bearer not-a-token"))).isEqualTo(401);
    }

    @Test
    void aLoggedInClientHearsEverySampleScoreAndAlertChange() throws Exception {
        var messages = new Messages();
        WebSocket ws = open(messages);
        try {
            JsonNode sample = messages.next("sample");
            assertThat(sample.get("node").getStringValue()).isEqualTo("watched");
            assertThat(sample.get("values").get("memory.used_fraction")).isNotNull();
            JsonNode score = messages.next("score");
            assertThat(score.get("values").get("anomaly_score").getDoubleValue()).isBetween(0.0, 1.0);
            assertThat(score.get("values").get("failure_risk").getDoubleValue()).isBetween(0.0, 1.0);
            // An alert change reaches the stream the way the sampling thread tells it.
            // The node's own rules may change state meanwhile (a loaded machine saturates its CPU): skip theirs.
            NODE.bean(MonitorFeed.class).publish(MonitorEvent.alert("watched", "told_by_the_test", Alert.State.PENDING,
                    Instant.now(), 0.97));
            JsonNode alert = messages.next("alert", json -> json.get("detail") != null && "told_by_the_test".equals(json.get("detail").getStringValue()));
            assertThat(alert.get("state").getStringValue()).isEqualTo("pending");
        } finally {
            ws.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(5, TimeUnit.SECONDS);
        }
    }

    /**
     * A hundred samples in a row reach the stream (each within 20 s), and the latency from each complete sample (the socket write,
     * which follows it in the sampling thread) to the client's receipt is printed: docs/BENCHMARKS.md quotes it
     * from {@code scripts/bench-monitor.sh} on a quiet machine. No bound on time is asserted here: on shared cores
     * the scheduler's delays, not the node's work, would decide it.
     */
    @Test
    void aHundredSamplesInARowReachTheStreamAndTheirLatencyIsPrinted() throws Exception {
        var messages = new Messages();
        WebSocket ws = open(messages);
        List<Double> fromSample = new ArrayList<>();
        List<Double> fromSend = new ArrayList<>();
        try {
            while (fromSample.size() < 100) {
                String[] m = messages.received.poll(20, TimeUnit.SECONDS);
                assertThat(m).as("a message within 20 s").isNotNull();
                JsonNode json = Http.parse(m[0]);
                if (!json.get("type").getStringValue().equals("sample")) continue;
                long received = Long.parseLong(m[1]);
                Instant at = Instant.parse(json.get("at").getStringValue());
                fromSample.add((received - (at.getEpochSecond() * 1_000_000 + at.getNano() / 1000)) / 1000.0);
                fromSend.add((received - json.get("sentAtMicros").getLongValue()) / 1000.0);
            }
        } finally {
            ws.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(5, TimeUnit.SECONDS);
        }
        double[] s = fromSample.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double[] w = fromSend.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "monitor stream latency over %d samples: sample taken -> message received p50 %.2f ms p95 %.2f ms max %.2f ms; "
                + "socket write -> received p50 %.2f ms p95 %.2f ms%n", s.length, s[s.length / 2], s[(int) (s.length * 0.95)],
                s[s.length - 1], w[w.length / 2], w[(int) (w.length * 0.95)]);
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf(Locale.ROOT, "load average %.1f on %d cores%n", load, cores);
    }

    @Test
    void theAnalysisHasTheShapeTheRiskAndWhatToDo() throws Exception {
        waitForAWindow();
        var answer = NODE.post("/api/monitor/analyze", "{\"include_predictions\": true, \"include_recommendations\": true}");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode json = Http.parse(answer.body());
        JsonNode topology = json.get("topology");
        assertThat(topology.get("betti").size()).isEqualTo(3);
        assertThat(topology.get("betti").get(0).getIntValue()).isPositive();
        assertThat(topology.get("diagram").size()).isPositive();
        assertThat(topology.get("diagram").get(0).size()).isEqualTo(3);
        for (String f : new String[]{"wasserstein", "entropy", "landscapeNorm"}) assertThat(topology.get(f).isNumber()).as(f).isTrue();
        JsonNode predictions = json.get("predictions");
        assertThat(predictions.get("risk").getDoubleValue()).isBetween(0.0, 1.0);
        assertThat(predictions.get("confidence").getDoubleValue()).isBetween(0.0, 1.0);
        assertThat(predictions.get("scenarios").size()).isPositive();
        assertThat(predictions.get("scenarios").get(0).get("probability")).isNotNull();
        assertThat(Http.text(predictions.get("thresholds"))).contains("memory.used_fraction").contains("trendMinutes");
        assertThat(json.get("recommendations").isArray()).isTrue();

        var bare = Http.parse(NODE.post("/api/monitor/analyze", "{\"include_predictions\": false, \"include_recommendations\": false}").body());
        assertThat(bare.get("predictions") == null || bare.get("predictions").isNull()).isTrue();
        assertThat(bare.get("topology")).isNotNull();
    }

    @Test
    void aBadAnalysisRequestIsRefusedNamingTheField() {
        assertField(NODE.post("/api/monitor/analyze?node=elsewhere", "{}"), "node");
        assertField(NODE.post("/api/monitor/analyze", "{\"include_predictions\": \"yes\"}"), "include_predictions");
        assertField(NODE.post("/api/monitor/analyze", "{\"include_everything\": true}"), "include_everything");
        assertThat(NODE.post("/api/monitor/analyze", "[1, 2]").statusCode()).isEqualTo(400);
        assertThat(NODE.post("/api/monitor/analyze", "{not json").statusCode()).isEqualTo(400);
        assertThat(Http.post(NODE.base() + "/api/monitor/analyze", "{}", null).statusCode()).isEqualTo(401);
    }

    @Test
    void finishedTopologyWindowsReadBackOverTheLastHour() throws Exception {
        waitForAWindow();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        JsonNode windows;
        do {
            var answer = Http.get(NODE.base() + "/api/monitor/topology/history?hours=1", NODE.token());
            assertThat(answer.statusCode()).isEqualTo(200);
            windows = Http.parse(answer.body()).get("windows");
            if (windows.size() > 0) break;
            Thread.sleep(300);
        } while (System.nanoTime() < until);
        assertThat(windows.size()).isPositive();
        assertThat(windows.get(0).get("betti").size()).isEqualTo(3);
        assertThat(windows.get(0).get("landscapeNorm")).isNotNull();
        assertField(Http.get(NODE.base() + "/api/monitor/topology/history?hours=soon", NODE.token()), "hours");
        assertField(Http.get(NODE.base() + "/api/monitor/topology/history?node=elsewhere", NODE.token()), "node");
    }

    @Test
    void prometheusShowsTheRiskTheTimesToThresholdsAndTheAlertStates() throws Exception {
        waitForAWindow();
        String body = Http.get(NODE.base() + "/prometheus").body();
        assertThat(body).contains("aura_anomaly_score ").contains("aura_failure_risk ")
                .contains("aura_time_to_threshold_seconds{metric=\"memory.used_fraction\"}")
                .contains("aura_alert_state{rule=\"memory_exhausted\",severity=\"critical\",state=\"inactive\"} 1.0");
    }

    /** A window is 24 samples: about 2.4 s here. */
    private static void waitForAWindow() throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < until) {
            var answer = NODE.post("/api/monitor/analyze", "{}");
            if (answer.statusCode() == 200 && Http.parse(answer.body()).get("topology") != null) return;
            Thread.sleep(200);
        }
        throw new AssertionError("no topology window within 30 s");
    }

    private static void assertField(java.net.http.HttpResponse<String> answer, String field) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(Http.parse(answer.body()).get("field").getStringValue()).isEqualTo(field);
    }
}
