package aura.application.node.port;

import aura.domain.node.HostMetrics;

/** Reads this host's current CPU, memory, disk, network and load figures. */
public interface HostMetricsSource {
    HostMetrics read();
}
