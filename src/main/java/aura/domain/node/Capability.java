package aura.domain.node;

import java.util.List;
import java.util.Locale;

/**
 * A thing a node really runs, as {@code /api/node} advertises it. Only what exists is listed here: a capability
 * that is planned joins the enum in the change that builds it.
 */
public enum Capability {
    WEB_UI, AUTH, CHAT, ROUTING, OPENAI_API, OLLAMA_API, TDA, LNN, GPU_PROBE,
    /** The node samples itself, keeps the history and scores every sample with the anomaly detector. */
    MONITOR,
    /** This node has a generation backend of its own (its inventory entry or {@code AURA_BACKEND} names one). */
    GENERATION,
    /** This node is the mesh's lead on Postgres and takes the scheduled backups (pg_dump at hand). */
    BACKUPS,
    /** Sticky notes with hybrid search, this node's index kept current with the mesh. */
    NOTES,
    /** This node runs training jobs from the queue (a compute node, or a solo node). */
    TRAINING,
    /** This node also runs {@code lora} jobs: it executes training and has a LoRA trainer command. */
    LORA,
    /** Usage per person, model and node, prices and monthly budgets (docs/POLICIES.md). */
    USAGE,
    /** This node announces {@code <name>.local} and its {@code _aura._tcp} service on its LAN (mDNS is on). */
    MDNS;

    static List<Capability> everyNode() {
        return List.of(WEB_UI, AUTH, CHAT, ROUTING, OPENAI_API, OLLAMA_API, TDA, LNN, GPU_PROBE, MONITOR, NOTES, USAGE);
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
