package aura.domain.node;

import aura.domain.problem.InvalidInput;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * What a node does in the mesh. A role only switches adapters on or off; the core is the same everywhere. The
 * lead of a mesh on Postgres takes the backups (advertised as {@link Capability#BACKUPS} only where they run, so
 * not listed here); the training scheduler and the secrets store of the lead, the training executor of a compute
 * node come with their features, so otherwise every role runs the same capabilities.
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
