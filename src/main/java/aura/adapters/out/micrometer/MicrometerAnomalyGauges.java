package aura.adapters.out.micrometer;

import aura.application.monitor.port.AnomalyGauges;
import aura.domain.monitor.Alert;
import aura.domain.monitor.NodeAnomaly;
import aura.domain.monitor.NodeOutlook;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The monitor on /prometheus: {@code aura_anomaly_score} (0..1, 0 before the first sample), {@code aura_failure_risk}
 * (0..1), {@code aura_time_to_threshold_seconds{metric}} for each watched metric rising towards its threshold (NaN
 * while it is not), and {@code aura_alert_state{rule,severity,state}}, 1 for each rule's current state and 0 for
 * its others, as Prometheus' own {@code ALERTS} series.
 */
@Singleton
public class MicrometerAnomalyGauges implements AnomalyGauges {
    private final MeterRegistry registry;
    private final AtomicReference<Double> score = new AtomicReference<>(0.0);
    private final AtomicReference<Double> risk = new AtomicReference<>(0.0);
    private final Map<String, AtomicReference<Double>> thresholds = new ConcurrentHashMap<>();
    private final Map<String, AtomicReference<Alert.State>> states = new ConcurrentHashMap<>();

    public MicrometerAnomalyGauges(MeterRegistry registry) {
        this.registry = registry;
        Gauge.builder("aura.anomaly.score", score, AtomicReference::get)
                .description("This node's anomaly score from the monitor's detector, 0..1").register(registry);
        Gauge.builder("aura.failure.risk", risk, AtomicReference::get)
                .description("This node's failure risk from the monitor's outlook, 0..1").register(registry);
    }

    @Override
    public void publish(NodeAnomaly anomaly) {
        score.set(anomaly.score());
    }

    @Override
    public void publish(NodeOutlook.Prediction prediction) {
        risk.set(prediction.risk());
        for (var e : prediction.thresholds()) {
            var seconds = e.forecastSeconds();
            thresholds.computeIfAbsent(e.metric(), metric -> {
                var held = new AtomicReference<>(Double.NaN);
                Gauge.builder("aura.time.to.threshold.seconds", held, AtomicReference::get).tag("metric", metric)
                        .description("Seconds until the metric reaches its threshold at its forecast pace (NaN: not rising)")
                        .register(registry);
                return held;
            }).set(seconds.isPresent() ? seconds.getAsDouble() : Double.NaN);
        }
    }

    @Override
    public void publish(List<Alert> alerts) {
        for (Alert a : alerts) {
            states.computeIfAbsent(a.rule().name(), rule -> {
                var held = new AtomicReference<>(Alert.State.INACTIVE);
                for (Alert.State s : Alert.State.values()) {
                    Gauge.builder("aura.alert.state", held, h -> h.get() == s ? 1 : 0).tag("rule", rule)
                            .tag("severity", a.rule().severity().name().toLowerCase(Locale.ROOT))
                            .tag("state", s.name().toLowerCase(Locale.ROOT))
                            .description("1 for the alert's current state").register(registry);
                }
                return held;
            }).set(a.state());
        }
    }
}
