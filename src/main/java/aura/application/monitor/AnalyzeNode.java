package aura.application.monitor;

import aura.application.mesh.NodeDrain;
import aura.application.mesh.port.NodeDirectory;
import aura.application.monitor.port.MetricHistory;
import aura.application.node.ThisNode;
import aura.domain.mesh.Heartbeat;
import aura.domain.monitor.Alert;
import aura.domain.monitor.MetricPoint;
import aura.domain.monitor.NodeOutlook;
import aura.domain.monitor.NodeTopology;
import aura.domain.monitor.Recommendation;
import aura.domain.monitor.Sample;
import aura.domain.problem.InvalidInput;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A node's analysis: the shape of its last window, its failure risk with the scenarios and times to thresholds,
 * and what can be done about it. This node answers from its live outlook; another node's is rebuilt from the last
 * {@link #REPLAYED} of its history in the shared database (its alerts are its own: only their effect, its drain,
 * is known here, from its heartbeat). A node without a metric history is refused naming the field.
 */
@Singleton
public record AnalyzeNode(ThisNode thisNode, OutlookBook outlook, AlertBook alerts, NodeDrain drain,
                          MetricHistory history, NodeDirectory directory, Clock clock) {
    static final Duration REPLAYED = Duration.ofHours(1);

    public record Request(Optional<String> node, boolean predictions, boolean recommendations) {
    }

    public record Analysis(String node, Optional<NodeTopology> topology, Optional<NodeOutlook.Prediction> prediction,
                           List<Recommendation> recommendations, List<String> drainedBy) {
    }

    public Analysis analyze(Request request) {
        String node = request.node().orElse(thisNode.name());
        Optional<NodeTopology> topology;
        NodeOutlook.Prediction prediction;
        List<String> drainedBy;
        if (node.equals(thisNode.name())) {
            topology = outlook.topology();
            prediction = outlook.prediction(alerts.current().stream().filter(a -> a.state() == Alert.State.FIRING).toList());
            drainedBy = drain.drainedBy();
        } else {
            if (!history.nodes().contains(node)) throw new InvalidInput("node", "no node called " + node + " has a metric history");
            NodeOutlook replayed = replay(node);
            topology = replayed.topology();
            prediction = replayed.prediction(List.of());
            drainedBy = directory.live().stream().filter(h -> h.name().equals(node)).findFirst()
                    .map(Heartbeat::drainedBy).orElse(List.of());
        }
        return new Analysis(node, topology, request.predictions() ? Optional.of(prediction) : Optional.empty(),
                request.recommendations() ? Recommendation.of(node, prediction, drainedBy) : List.of(), drainedBy);
    }

    private NodeOutlook replay(String node) {
        Instant to = clock.instant().plusMillis(1);
        NodeOutlook replayed = new NodeOutlook();
        List<MetricPoint> one = new ArrayList<>();
        for (MetricPoint p : history.pointsOf(node, to.minus(REPLAYED), to)) {
            if (!one.isEmpty() && !one.get(0).at().equals(p.at())) {
                feed(replayed, node, one);
                one.clear();
            }
            one.add(p);
        }
        if (!one.isEmpty()) feed(replayed, node, one);
        return replayed;
    }

    private static void feed(NodeOutlook outlook, String node, List<MetricPoint> points) {
        Sample sample = Sample.of(node, points);
        Double score = sample.values().get(DetectAnomalies.SCORE_METRIC);
        outlook.next(sample, score == null ? 0 : score, "");
    }
}
