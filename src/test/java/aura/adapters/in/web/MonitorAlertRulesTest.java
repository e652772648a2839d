package aura.adapters.in.web;

import aura.testing.Http;
import aura.testing.InProcessNode;
import com.sun.net.httpserver.HttpServer;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A running solo node with the person's own rules in its data directory's {@code alert-rules.yml}: a rule of theirs
 * fires, its change is POSTed to the webhook on loopback in Alertmanager's format and listed by
 * {@code GET /api/monitor/alerts}; a default they switched off is not evaluated; the history is still there after
 * the node restarts.
 */
class MonitorAlertRulesTest {
    @TempDir
    Path dataDir;
    private HttpServer receiver;
    private final BlockingQueue<String> received = new LinkedBlockingQueue<>();

    @AfterEach
    void stop() {
        if (receiver != null) receiver.stop(0);
    }

    private String receiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    }

    private InProcessNode start(Map<String, String> env) {
        System.setProperty("aura.monitor.sample-every", "200ms");
        try {
            return InProcessNode.solo(dataDir, "ruled", env);
        } finally {
            System.clearProperty("aura.monitor.sample-every");
        }
    }

    private static List<JsonNode> values(JsonNode array) {
        List<JsonNode> all = new ArrayList<>();
        array.values().forEach(all::add);
        return all;
    }

    @Test
    void aPersonsRuleFiresIsPostedToTheWebhookAndItsHistorySurvivesARestart() throws Exception {
        Files.writeString(dataDir.resolve("alert-rules.yml"), """
                rules:
                  - {name: always_on, metric: generation.active, above: -1, severity: info}
                  - {name: anomaly, enabled: false}
                """);
        String url = receiver();
        String at;
        try (var node = start(Map.of("AURA_MONITOR_WEBHOOK_URL", url))) {
            String body = received.poll(30, TimeUnit.SECONDS);
            assertThat(body).as("the webhook heard the rule fire").isNotNull();
            var hook = Http.parse(body);
            assertThat(hook.get("version").getStringValue()).isEqualTo("4");
            var labels = hook.get("alerts").get(0).get("labels");
            assertThat(labels.get("alertname").getStringValue()).isEqualTo("always_on");
            assertThat(labels.get("node").getStringValue()).isEqualTo("ruled");
            assertThat(labels.get("severity").getStringValue()).isEqualTo("info");
            assertThat(hook.get("externalURL").getStringValue()).isEqualTo(node.base());

            String token = node.adminToken();
            var alerts = Http.json(node.base() + "/api/monitor/alerts", token);
            assertThat(values(alerts.get("alerts"))).extracting(a -> a.get("rule").getStringValue())
                    .contains("always_on", "memory_exhausted").doesNotContain("anomaly");
            var change = values(alerts.get("history")).stream()
                    .filter(c -> c.get("rule").getStringValue().equals("always_on")).findFirst().orElseThrow();
            assertThat(change.get("from").getStringValue()).isEqualTo("inactive");
            assertThat(change.get("state").getStringValue()).isEqualTo("firing");
            assertThat(change.get("severity").getStringValue()).isEqualTo("info");
            at = change.get("at").getStringValue();
            assertThat(Http.get(node.base() + "/prometheus").body()).contains("aura_alert_webhook_failures_total 0.0")
                    .contains("aura_alert_webhook_dropped_total 0.0");
        }
        try (var again = start(Map.of())) {
            String token = again.adminToken();
            JsonNode alerts = Http.json(again.base() + "/api/monitor/alerts", token);
            for (int i = 0; i < 150 && values(alerts.get("alerts")).stream().noneMatch(a -> a.get("rule").getStringValue().equals("always_on")); i++) {
                Thread.sleep(200); // until the restarted node has evaluated its rules
                alerts = Http.json(again.base() + "/api/monitor/alerts", token);
            }
            assertThat(values(alerts.get("alerts"))).filteredOn(a -> a.get("rule").getStringValue().equals("always_on"))
                    .singleElement().satisfies(a -> assertThat(a.get("state").getStringValue()).isEqualTo("firing"));
            // taken back as firing: the one change is the one from before the restart
            assertThat(values(alerts.get("history"))).filteredOn(c -> c.get("rule").getStringValue().equals("always_on"))
                    .singleElement().satisfies(c -> assertThat(c.get("at").getStringValue()).isEqualTo(at));
        }
    }

    @Test
    void aWebhookSettingThatIsNoWebAddressStopsTheNodeAsItStartsNamingTheKey() {
        System.setProperty("aura.monitor.webhook-url", "ftp://127.0.0.1/hook");
        try {
            assertThatThrownBy(() -> start(Map.of()).close()).satisfies(e -> {
                Throwable t = e;
                while (!(t instanceof aura.domain.problem.InvalidInput) && t.getCause() != null) t = t.getCause();
                assertThat(t).isInstanceOf(aura.domain.problem.InvalidInput.class)
                        .hasMessage("aura.monitor.webhook-url is an http(s) URL, not 'ftp://127.0.0.1/hook'");
            });
        } finally {
            System.clearProperty("aura.monitor.webhook-url");
        }
    }
}
