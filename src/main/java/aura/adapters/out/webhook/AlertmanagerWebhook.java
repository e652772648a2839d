package aura.adapters.out.webhook;

import aura.application.monitor.port.AlertNotifications;
import aura.application.node.ThisNode;
import aura.domain.monitor.Alert;
import aura.domain.monitor.AlertChange;
import aura.domain.monitor.AlertRules;
import aura.domain.monitor.WebhookAddress;
import aura.domain.problem.InvalidInput;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.LinkedBlockingDeque;

/**
 * POSTs each firing and resolved alert change to {@code aura.monitor.webhook-url} in Alertmanager's webhook format
 * ({@link AlertmanagerPayload}), in order, from one sender thread: {@link #tell} only queues. A refused connection
 * or a 5xx is tried again after a pause that doubles, up to {@link Sending#tries} tries; then the change is given up
 * and counted ({@code aura_alert_webhook_failures_total}); another answer than 2xx is given up at once. A full queue
 * drops its oldest change and counts it ({@code aura_alert_webhook_dropped_total}). Pending changes are not sent:
 * Alertmanager never hears of them either.
 */
@Context // made as the node starts, so a bad URL stops it naming the key, not at its first alert
@Requires(property = "aura.monitor.webhook-url")
public class AlertmanagerWebhook implements AlertNotifications, AutoCloseable {
    /** How hard to try: the tries per change, the first pause, how many changes may wait. */
    public record Sending(int tries, Duration firstPause, int queue, Duration timeout) {
        static final Sending STANDARD = new Sending(4, Duration.ofMillis(500), 256, Duration.ofSeconds(10));
    }

    static final String SETTING = "aura.monitor.webhook-url";

    private final URI url;
    private final String externalUrl;
    private final AlertRules rules;
    private final Sending sending;
    private final LinkedBlockingDeque<AlertChange> queue;
    private final HttpClient http;
    private final Counter failures;
    private final Counter dropped;
    private final Thread sender;

    @Inject
    AlertmanagerWebhook(@Property(name = "aura.monitor.webhook-url") String url, ThisNode thisNode, AlertRules rules,
                        MeterRegistry registry) {
        this(webUrl(url), "http://" + thisNode.address() + ":" + thisNode.port(), rules, registry, Sending.STANDARD);
    }

    private static URI webUrl(String text) {
        if (!WebhookAddress.valid(text)) throw new InvalidInput(SETTING, SETTING + " is an http(s) URL, not '" + text + "'");
        return URI.create(text.strip());
    }

    public AlertmanagerWebhook(URI url, String externalUrl, AlertRules rules, MeterRegistry registry, Sending sending) {
        this.url = url;
        this.externalUrl = externalUrl;
        this.rules = rules;
        this.sending = sending;
        this.queue = new LinkedBlockingDeque<>(sending.queue());
        this.http = HttpClient.newBuilder().connectTimeout(sending.timeout()).build();
        this.failures = Counter.builder("aura.alert.webhook.failures")
                .description("Alert changes the webhook was given up on after its tries").register(registry);
        this.dropped = Counter.builder("aura.alert.webhook.dropped")
                .description("Alert changes dropped unsent because the webhook's queue was full").register(registry);
        this.sender = new Thread(this::send, "alert-webhook");
        sender.setDaemon(true);
        sender.start();
    }

    @Override
    public void tell(AlertChange change) {
        if (change.state() != Alert.State.FIRING && change.state() != Alert.State.RESOLVED) return;
        while (!queue.offerLast(change)) {
            if (queue.pollFirst() != null) dropped.increment();
        }
    }

    private void send() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                AlertChange change = queue.takeFirst();
                boolean taken;
                try {
                    taken = post(AlertmanagerPayload.of(change, rules.named(change.rule()), externalUrl));
                } catch (RuntimeException e) {
                    taken = false; // one change that cannot be sent must not stop the sender for the others
                }
                if (!taken) failures.increment();
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    /** True once the receiver took {@code body}; false when it is given up. */
    private boolean post(String body) throws InterruptedException {
        var request = HttpRequest.newBuilder(url).timeout(sending.timeout()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        Duration pause = sending.firstPause();
        for (int attempt = 1; ; attempt++) {
            try {
                int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status / 100 == 2) return true;
                if (status / 100 != 5) return false; // the receiver refuses it: trying again would not help
            } catch (IOException unreachable) {
                // refused, reset or timed out: worth another try
            }
            if (attempt >= sending.tries()) return false;
            Thread.sleep(pause.toMillis());
            pause = pause.multipliedBy(2);
        }
    }

    @Override
    @PreDestroy
    public void close() {
        sender.interrupt();
    }
}
