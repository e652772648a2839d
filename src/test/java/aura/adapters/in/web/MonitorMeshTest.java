package aura.adapters.in.web;

import aura.testing.Http;
import aura.testing.InProcessNode;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two mesh nodes sharing the real Postgres and Redis, sampling every 200 ms: a client of one node's
 * {@code /ws/monitor} hears the other node's samples and scores too (carried on the mesh's Redis channel), and
 * one node analyzes the other from the shared history, and lists the other's alert changes among its alerts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonitorMeshTest {
    @TempDir
    static Path dataDir;
    private InProcessNode lead;
    private InProcessNode compute;
    private String token;

    @BeforeAll
    void start() {
        var env = InProcessNode.meshServices("monitor_mesh");
        var inventory = InProcessNode.freshMesh("monitor", java.util.List.of());
        System.setProperty("aura.monitor.sample-every", "200ms");
        try {
            lead = InProcessNode.inMesh(dataDir.resolve("lead"), "lead-m", inventory, env);
            compute = InProcessNode.inMesh(dataDir.resolve("compute"), "compute-m", inventory, env);
        } finally {
            System.clearProperty("aura.monitor.sample-every");
        }
        token = lead.adminToken();
    }

    @AfterAll
    void stop() {
        if (lead != null) lead.close();
        if (compute != null) compute.close();
    }

    @Test
    void aClientOfOneNodeHearsThePeersSamplesAndScores() throws Exception {
        var messages = new MonitorLiveApiTest.Messages();
        WebSocket ws = HttpClient.newHttpClient().newWebSocketBuilder().header("Authorization", "Bearer " + token)
                .buildAsync(URI.create(lead.base().replace("http://", "ws://") + "/ws/monitor"), messages)
                .get(20, TimeUnit.SECONDS);
        try {
            boolean sample = false;
            boolean score = false;
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!(sample && score) && System.nanoTime() < until) {
                String[] m = messages.received.poll(1, TimeUnit.SECONDS);
                if (m == null) continue;
                JsonNode json = Http.parse(m[0]);
                if (!json.get("node").getStringValue().equals("compute-m")) continue;
                String type = json.get("type").getStringValue();
                if (type.equals("sample")) sample = json.get("values").get("memory.used_fraction") != null;
                if (type.equals("score")) score = json.get("values").get("failure_risk") != null;
            }
            assertThat(sample).as("a sample of compute-m on lead-m's stream").isTrue();
            assertThat(score).as("a score of compute-m on lead-m's stream").isTrue();
        } finally {
            ws.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void oneNodeAnalyzesAnotherFromTheSharedHistory() throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(40);
        JsonNode json = null;
        while (System.nanoTime() < until) {
            var answer = Http.post(lead.base() + "/api/monitor/analyze?node=compute-m", "{}", token);
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            json = Http.parse(answer.body());
            if (json.get("topology") != null && !json.get("topology").isNull()) break;
            Thread.sleep(500);
        }
        assertThat(json.get("node").getStringValue()).isEqualTo("compute-m");
        assertThat(json.get("topology").get("betti").size()).isEqualTo(3);
        assertThat(json.get("predictions").get("risk").getDoubleValue()).isBetween(0.0, 1.0);
        assertThat(json.get("drainedBy").size()).isZero();
    }

    @Test
    void aPeersAlertIsListedByTheOtherNode() throws Exception {
        // compute-m's own feed announces the change, as its sampling thread does when a rule starts firing
        var feed = compute.context().getBean(aura.application.monitor.MonitorFeed.class);
        var at = java.time.Instant.now();
        feed.publish(aura.domain.monitor.MonitorEvent.alert("compute-m", "backend_failing",
                aura.domain.monitor.Alert.State.PENDING, at, 2));
        feed.publish(aura.domain.monitor.MonitorEvent.alert("compute-m", "backend_failing",
                aura.domain.monitor.Alert.State.FIRING, at.plusSeconds(120), 3));
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        JsonNode peer = null;
        while (peer == null && System.nanoTime() < until) {
            var answer = Http.get(lead.base() + "/api/monitor/alerts", token);
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            for (JsonNode a : Http.parse(answer.body()).get("alerts").values()) {
                if (a.get("node").getStringValue().equals("compute-m") && a.get("state").getStringValue().equals("firing")) peer = a;
            }
            if (peer == null) Thread.sleep(200);
        }
        assertThat(peer).as("compute-m's firing alert in lead-m's list").isNotNull();
        assertThat(peer.get("rule").getStringValue()).isEqualTo("backend_failing");
        assertThat(peer.get("severity").getStringValue()).isEqualTo("warning");
        assertThat(java.time.Instant.parse(peer.get("activeSince").getStringValue())).isEqualTo(at.truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        var own = Http.parse(Http.get(lead.base() + "/api/monitor/alerts", token).body()).get("alerts");
        assertThat(own.values()).anySatisfy(a -> assertThat(a.get("node").getStringValue()).isEqualTo("lead-m"));
    }
}
