package aura.domain.node;

import java.util.List;
import java.util.Locale;

/**
 * A thing a node really runs, as {@code /api/node} advertises it. Only what exists is listed here: a capability
 * that is planned joins the enum in the change that builds it.
 */
public enum Capability {
    WEB_UI, AUTH, CHAT, ROUTING, OPENAI_API, OLLAMA_API, TDA, LNN, GPU_PROBE,
    /** This node has a generation backend of its own (its inventory entry or {@code AURA_BACKEND} names one). */
    GENERATION,
    /** This node announces {@code <name>.local} and its {@code _aura._tcp} service on its LAN (mDNS is on). */
    MDNS;

    static List<Capability> everyNode() {
        return List.of(WEB_UI, AUTH, CHAT, ROUTING, OPENAI_API, OLLAMA_API, TDA, LNN, GPU_PROBE);
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
