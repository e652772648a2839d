package aura.adapters.in.web;

import aura.application.monitor.DetectAnomalies;
import aura.application.monitor.EvaluateAlerts;
import aura.application.monitor.SampleNode;
import aura.domain.node.Role;
import aura.testing.InProcessNode;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /api/monitor/metrics} on a running solo node (H2): the node samples its host and its own counters, a
 * series reads back over the last hours, and a wrong node, metric or span is a 400 naming the field.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonitorApiTest {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @TempDir
    static Path dataDir;
    private InProcessNode node;
    private String token;

    record Answer(int status, JsonNode json) {
    }

    @BeforeAll
    void start() {
        node = InProcessNode.solo(dataDir, "watched", Role.LEAD);
        token = node.adminToken();
        var sampler = node.context().getBean(SampleNode.class);
        var detector = node.context().getBean(DetectAnomalies.class);
        detector.detect(sampler.sample());
        var second = sampler.sample(); // the second sample has the CPU load and the rates, measured since the first
        node.context().getBean(EvaluateAlerts.class).evaluate(second.with(DetectAnomalies.SCORE_METRIC, detector.detect(second).score()));
    }

    @AfterAll
    void stop() {
        node.close();
    }

    private Answer get(String pathAndQuery) throws IOException, InterruptedException {
        var response = CLIENT.send(HttpRequest.newBuilder(URI.create(node.base() + pathAndQuery))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), ObjectMapper.getDefault().readValue(response.body(), JsonNode.class));
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void theCurrentSampleHasTheHostAndTheNodesOwnSignals() throws Exception {
        var answer = get("/api/monitor/metrics/current");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("node").getStringValue()).isEqualTo("watched");
        var values = answer.json().get("values");
        for (String metric : new String[]{"cpu.load", "cpu.core:0", "memory.used_bytes", "swap.total_bytes", "load.1m",
                "process.count", "net.bytes_in.per_s", "generation.active", "generation.queued", "generation.tokens_per_s",
                "generation.backend_errors.per_s", "http.requests.per_s", "monitor.anomaly_score"}) {
            assertThat(values.get(metric)).as(metric).isNotNull();
        }
        assertThat(values.get("cpu.load").getDoubleValue()).isBetween(0.0, 1.0);
    }

    @Test
    void aSeriesReadsBackRawOverTheLastHour() throws Exception {
        var answer = get("/api/monitor/metrics/history?metric=memory.used_bytes&hours=1");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("resolution").getStringValue()).isEqualTo("raw");
        assertThat(answer.json().get("points").size()).isGreaterThanOrEqualTo(2);
        assertThat(answer.json().get("points").get(0).get("value").getDoubleValue()).isPositive();
    }

    @Test
    void beyondTheRawRetentionTheHistoryIsMinuteRollUps() throws Exception {
        var answer = get("/api/monitor/metrics/history?node=watched&metric=" + q("cpu.load") + "&hours=72");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("resolution").getStringValue()).isEqualTo("1m");
    }

    @Test
    void anUnknownMetricNodeOrSpanIsRefusedNamingTheField() throws Exception {
        assertRefused(get("/api/monitor/metrics/history?metric=no.such.metric"), "metric");
        assertRefused(get("/api/monitor/metrics/history"), "metric");
        assertRefused(get("/api/monitor/metrics/history?node=elsewhere&metric=cpu.load"), "node");
        assertRefused(get("/api/monitor/metrics/history?metric=cpu.load&hours=0"), "hours");
        assertRefused(get("/api/monitor/metrics/history?metric=cpu.load&hours=721"), "hours");
        assertRefused(get("/api/monitor/metrics/history?metric=cpu.load&hours=soon"), "hours");
        assertRefused(get("/api/monitor/metrics/current?node=elsewhere"), "node");
    }

    @Test
    void theAnomalyScoreIsAGaugeOnPrometheusAndTheNodeAdvertisesTheMonitor() throws Exception {
        var prometheus = CLIENT.send(HttpRequest.newBuilder(URI.create(node.base() + "/prometheus")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(prometheus.body()).contains("aura_anomaly_score ");
        var capabilities = get("/api/node").json().get("capabilities");
        var names = new java.util.ArrayList<String>();
        for (int i = 0; i < capabilities.size(); i++) names.add(capabilities.get(i).getStringValue());
        assertThat(names).contains("monitor");
    }

    @Test
    void theAlertsListEveryRuleWithItsState() throws Exception {
        var answer = get("/api/monitor/alerts");
        assertThat(answer.status()).isEqualTo(200);
        var alerts = answer.json().get("alerts");
        var rules = new java.util.ArrayList<String>();
        for (int i = 0; i < alerts.size(); i++) {
            rules.add(alerts.get(i).get("rule").getStringValue());
            assertThat(alerts.get(i).get("state").getStringValue()).isIn("inactive", "pending", "firing", "resolved");
        }
        assertThat(rules).contains("anomaly", "memory_exhausted");
        assertThat(answer.json().get("history")).isNotNull();
    }

    @Test
    void theMonitorNeedsALogin() throws Exception {
        var response = CLIENT.send(HttpRequest.newBuilder(URI.create(node.base() + "/api/monitor/metrics/current")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
    }

    private static void assertRefused(Answer answer, String field) {
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("field").getStringValue()).isEqualTo(field);
    }
}
