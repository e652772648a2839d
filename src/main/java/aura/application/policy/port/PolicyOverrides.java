package aura.application.policy.port;

import java.util.Map;
import java.util.Optional;

/**
 * Policy settings an admin changed while the mesh runs, shared by every node: by name ({@code tiers.execution},
 * {@code tiers.strategic}, {@code prices}) in their written form; a setting not here is the node's own.
 */
public interface PolicyOverrides {
    Map<String, String> all();

    /** Sets the value, or (empty) goes back to the node's own setting. */
    void put(String name, Optional<String> value);
}
