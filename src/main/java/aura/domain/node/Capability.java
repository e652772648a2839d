package aura.domain.node;

import java.util.List;
import java.util.Locale;

/** A thing a node offers. The first group is on every node; the rest come with a role. */
public enum Capability {
    WEB_UI, AUTH, CHAT, ROUTING, NOTES, MONITOR,
    NODE_REGISTRY, SECRETS, TRAINING_SCHEDULER, BACKUPS,
    GPU_PROBE, TRAINING_EXECUTOR, GATEKEEPER;

    static List<Capability> everyNode() {
        return List.of(WEB_UI, AUTH, CHAT, ROUTING, NOTES, MONITOR);
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
