package aura.application.mesh;

import jakarta.inject.Singleton;

import java.util.List;

/**
 * The alerts for which this node takes no new generations: its monitor sets them at each sample, its heartbeat
 * tells the mesh, and its own router skips itself while they last. The node's shared in-memory state.
 */
@Singleton
public class NodeDrain {
    private volatile List<String> drainedBy = List.of();

    public void drainFor(List<String> alerts) {
        drainedBy = List.copyOf(alerts);
    }

    /** The draining alerts now, empty when the node takes work. */
    public List<String> drainedBy() {
        return drainedBy;
    }
}
