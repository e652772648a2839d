package aura.domain.node;

import aura.domain.problem.InvalidInput;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * What a node is meant for in the mesh. No role adds a capability of its own: every node runs the core (listed by
 * {@link Capability#everyNode()}), and what applies only somewhere is advertised where it runs — generation where
 * a backend is configured, mDNS where the node announces itself, backups on the lead of a mesh on Postgres,
 * training on compute and solo nodes.
 */
public enum Role {
    LEAD(List.of()),
    COMPUTE(List.of()),
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
        throw new InvalidInput("role", "unknown role '" + text + "' (expected lead, compute or laptop)");
    }
}
