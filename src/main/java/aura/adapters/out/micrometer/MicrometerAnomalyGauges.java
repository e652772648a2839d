package aura.adapters.out.micrometer;

import aura.application.monitor.port.AnomalyGauges;
import aura.domain.monitor.NodeAnomaly;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;

import java.util.concurrent.atomic.AtomicReference;

/** {@code aura_anomaly_score} on /prometheus: this node's latest anomaly score in [0, 1] (0 before the first sample). */
@Singleton
public class MicrometerAnomalyGauges implements AnomalyGauges {
    private final AtomicReference<Double> score = new AtomicReference<>(0.0);

    public MicrometerAnomalyGauges(MeterRegistry registry) {
        Gauge.builder("aura.anomaly.score", score, AtomicReference::get)
                .description("This node's anomaly score from the monitor's detector, 0..1").register(registry);
    }

    @Override
    public void publish(NodeAnomaly anomaly) {
        score.set(anomaly.score());
    }
}
