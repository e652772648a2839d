package aura.application.node;

import aura.application.node.port.HostMetricsSource;
import aura.domain.node.HostMetrics;
import jakarta.inject.Singleton;

/** The host's current metrics, as the node and the monitor see them. */
@Singleton
public record ReadHostMetrics(HostMetricsSource source) {
    public HostMetrics read() {
        return source.read();
    }
}
