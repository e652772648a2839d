package aura.adapters.out.webhook;

import aura.domain.monitor.Alert;
import aura.domain.monitor.AlertChange;
import aura.domain.monitor.AlertRule;
import aura.domain.monitor.AlertRules;
import aura.testing.Services;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The webhook against a real receiver on loopback: firing then resolved arrive in order in Alertmanager's format;
 * a receiver that fails twice still gets the change; a dead one is given up on and counted; and telling never
 * waits on the receiver, a full queue dropping its oldest change instead.
 */
class AlertmanagerWebhookTest {
    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");
    private static final AlertmanagerWebhook.Sending QUICK = new AlertmanagerWebhook.Sending(3, Duration.ofMillis(10), 4, Duration.ofSeconds(5));

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
    private HttpServer receiver;
    private AlertmanagerWebhook webhook;

    /** A receiver whose n-th request (from 1) is answered {@code status.applyAsInt}, after {@code gate} opens. */
    private URI receiver(IntSupplier status, CountDownLatch gate) throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            try {
                gate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(status.getAsInt(), -1);
            exchange.close();
        });
        receiver.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(2));
        receiver.start();
        return URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook");
    }

    private AlertmanagerWebhook webhook(URI url) {
        return webhook(url, QUICK);
    }

    private AlertmanagerWebhook webhook(URI url, AlertmanagerWebhook.Sending sending) {
        webhook = new AlertmanagerWebhook(url, "http://10.0.0.5:3000", AlertRules.defaults(), registry, sending);
        return webhook;
    }

    @AfterEach
    void stop() {
        if (webhook != null) webhook.close();
        if (receiver != null) receiver.stop(0);
    }

    private static AlertChange change(Alert.State from, Alert.State to, int second, double value) {
        return new AlertChange("memory_exhausted", "box", from, to, T0.plusSeconds(second), value, AlertRule.Severity.CRITICAL, T0);
    }

    private JsonNode next() throws Exception {
        String body = received.poll(20, TimeUnit.SECONDS);
        assertThat(body).as("a POST reached the receiver").isNotNull();
        return ObjectMapper.getDefault().readValue(body, JsonNode.class);
    }

    private double counted(String name) {
        var counter = registry.find(name).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void firingThenResolvedArriveInOrderInAlertmanagersFormat() throws Exception {
        var told = webhook(receiver(() -> 200, new CountDownLatch(0)));
        told.tell(change(Alert.State.INACTIVE, Alert.State.PENDING, 0, 0.96)); // Alertmanager never hears of pending
        told.tell(change(Alert.State.PENDING, Alert.State.FIRING, 300, 0.97));
        told.tell(change(Alert.State.FIRING, Alert.State.RESOLVED, 600, 0.5));

        var firing = next();
        assertThat(firing.get("version").getStringValue()).isEqualTo("4");
        assertThat(firing.get("status").getStringValue()).isEqualTo("firing");
        assertThat(firing.get("receiver").getStringValue()).isEqualTo("aura");
        assertThat(firing.get("externalURL").getStringValue()).isEqualTo("http://10.0.0.5:3000");
        assertThat(firing.get("groupLabels").get("alertname").getStringValue()).isEqualTo("memory_exhausted");
        assertThat(firing.get("commonLabels").get("severity").getStringValue()).isEqualTo("critical");
        var alert = firing.get("alerts").get(0);
        assertThat(alert.get("status").getStringValue()).isEqualTo("firing");
        assertThat(alert.get("labels").get("alertname").getStringValue()).isEqualTo("memory_exhausted");
        assertThat(alert.get("labels").get("node").getStringValue()).isEqualTo("box");
        assertThat(alert.get("labels").get("severity").getStringValue()).isEqualTo("critical");
        assertThat(alert.get("annotations").get("summary").getStringValue()).isEqualTo("memory.used_fraction > 0.95 on box");
        assertThat(alert.get("annotations").get("value").getStringValue()).isEqualTo("0.97");
        assertThat(alert.get("startsAt").getStringValue()).isEqualTo("2026-12-01T09:00:00Z");
        assertThat(alert.get("endsAt").getStringValue()).isEqualTo("0001-01-01T00:00:00Z");
        assertThat(alert.get("fingerprint").getStringValue()).matches("[0-9a-f]{16}");

        var resolved = next();
        assertThat(resolved.get("status").getStringValue()).isEqualTo("resolved");
        var gone = resolved.get("alerts").get(0);
        assertThat(gone.get("endsAt").getStringValue()).isEqualTo("2026-12-01T09:10:00Z");
        assertThat(gone.get("fingerprint").getStringValue()).isEqualTo(alert.get("fingerprint").getStringValue());
        assertThat(received.poll(200, TimeUnit.MILLISECONDS)).as("nothing more: the pending change was not sent").isNull();
    }

    @Test
    void aReceiverThatFailsTwiceStillGetsTheChange() throws Exception {
        var answers = new AtomicInteger();
        var told = webhook(receiver(() -> answers.incrementAndGet() <= 2 ? 500 : 200, new CountDownLatch(0)));
        told.tell(change(Alert.State.PENDING, Alert.State.FIRING, 300, 0.97));
        for (int i = 0; i < 3; i++) assertThat(next().get("status").getStringValue()).isEqualTo("firing");
        told.tell(change(Alert.State.FIRING, Alert.State.RESOLVED, 600, 0.5));
        assertThat(next().get("status").getStringValue()).isEqualTo("resolved"); // sent after the first was taken
        assertThat(counted("aura.alert.webhook.failures")).isZero();
    }

    @Test
    void aDeadReceiverIsGivenUpOnAfterItsTriesAndCounted() throws Exception {
        var told = webhook(URI.create("http://127.0.0.1:" + Services.freePort() + "/hook"));
        told.tell(change(Alert.State.PENDING, Alert.State.FIRING, 300, 0.97));
        for (int i = 0; i < 200 && counted("aura.alert.webhook.failures") == 0; i++) Thread.sleep(50);
        assertThat(counted("aura.alert.webhook.failures")).isEqualTo(1);
    }

    @Test
    void tellingNeverWaitsOnTheReceiverAFullQueueDropsItsOldest() throws Exception {
        var gate = new CountDownLatch(1);
        // the request's time limit is long, so the held request is not tried again while the test tells
        var told = webhook(receiver(() -> 200, gate), new AlertmanagerWebhook.Sending(3, Duration.ofMillis(10), 4, Duration.ofMinutes(2)));
        told.tell(change(Alert.State.PENDING, Alert.State.FIRING, 1, 1));
        var first = next(); // the sender now waits on a receiver that does not answer
        for (int i = 2; i <= 8; i++) told.tell(change(Alert.State.PENDING, Alert.State.FIRING, i, i)); // 7 into a queue of 4
        assertThat(counted("aura.alert.webhook.dropped")).isEqualTo(3);
        gate.countDown();
        assertThat(first.get("alerts").get(0).get("annotations").get("value").getStringValue()).isEqualTo("1.0");
        for (int kept = 5; kept <= 8; kept++) { // the oldest three went
            assertThat(next().get("alerts").get(0).get("annotations").get("value").getStringValue()).isEqualTo(kept + ".0");
        }
    }

    @Test
    void theFingerprintIsPrometheusLabelHash() {
        assertThat(AlertmanagerPayload.fingerprint(Map.of())).isEqualTo("cbf29ce484222325"); // FNV-1a's offset basis
        assertThat(AlertmanagerPayload.fingerprint(Map.of("a", "b", "c", "d")))
                .isEqualTo(AlertmanagerPayload.fingerprint(new java.util.TreeMap<>(Map.of("c", "d", "a", "b"))))
                .isNotEqualTo(AlertmanagerPayload.fingerprint(Map.of("a", "b")));
    }
}
