package aura.application.mesh;

/** How many generations this node's own backend failed since the node started (a counter that only grows). */
public interface GenerationFailures {
    long backendFailures();
}
