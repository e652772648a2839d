package aura.application.monitor.port;

import aura.domain.monitor.Alert;
import aura.domain.monitor.NodeAnomaly;
import aura.domain.monitor.NodeOutlook;

import java.util.List;

/** Where the node's latest anomaly score, failure risk and alert states are shown to scrapers (the /prometheus gauges). */
public interface AnomalyGauges {
    void publish(NodeAnomaly anomaly);

    void publish(NodeOutlook.Prediction prediction);

    void publish(List<Alert> alerts);
}
