package aura.application.monitor.port;

import aura.domain.monitor.NodeAnomaly;

/** Where the node's latest anomaly score is shown to scrapers (the /prometheus gauges). */
public interface AnomalyGauges {
    void publish(NodeAnomaly anomaly);
}
