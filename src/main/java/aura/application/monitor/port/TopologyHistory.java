package aura.application.monitor.port;

import aura.domain.monitor.NodeTopology;

import java.time.Instant;
import java.util.List;

/** The summaries of the nodes' finished topology windows ({@code monitor_topology}). */
public interface TopologyHistory {
    void save(NodeTopology.Summary window);

    /** The node's windows that ended in {@code [from, to)}, oldest first. */
    List<NodeTopology.Summary> windows(String node, Instant from, Instant to);

    /** Deletes the node's windows that ended before {@code before}; answers how many. */
    long prune(String node, Instant before);
}
