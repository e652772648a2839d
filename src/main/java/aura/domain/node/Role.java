package aura.domain.node;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** What a node does in the mesh. A role only switches adapters on or off; the core is the same everywhere. */
public enum Role {
    LEAD(List.of(Capability.NODE_REGISTRY, Capability.SECRETS, Capability.TRAINING_SCHEDULER, Capability.BACKUPS)),
    COMPUTE(List.of(Capability.GPU_PROBE, Capability.TRAINING_EXECUTOR, Capability.GATEKEEPER)),
    LAPTOP(List.of());

    private final List<Capability> extras;

    Role(List<Capability> extras) {
        this.extras = extras;
    }

    /** Every node's capabilities followed by what this role adds, in a stable order. */
    public List<Capability> capabilities() {
        List<Capability> all = new ArrayList<>(Capability.everyNode());
        all.addAll(extras);
        return Collections.unmodifiableList(all);
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code lead}, {@code compute} or {@code laptop}, ignoring case. */
    public static Role parse(String text) {
        for (Role role : values()) {
            if (role.wireName().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return role;
            }
        }
        throw new IllegalArgumentException("unknown role '" + text + "' (expected lead, compute or laptop)");
    }
}
