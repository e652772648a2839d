package aura.application.monitor;

import aura.domain.monitor.Alert;
import aura.domain.monitor.NodeOutlook;
import aura.domain.monitor.NodeTopology;
import aura.domain.monitor.Sample;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

/**
 * This node's outlook ({@link NodeOutlook}): fed by {@link ObserveNode} at each sample, read by
 * {@link AnalyzeNode}. The node's shared in-memory state.
 */
@Singleton
public class OutlookBook {
    private final NodeOutlook outlook = new NodeOutlook();

    synchronized Optional<NodeTopology> next(Sample sample, double anomalyScore, String mostUnusual) {
        return outlook.next(sample, anomalyScore, mostUnusual);
    }

    public synchronized NodeOutlook.Prediction prediction(List<Alert> firing) {
        return outlook.prediction(firing);
    }

    public synchronized Optional<NodeTopology> topology() {
        return outlook.topology();
    }
}
