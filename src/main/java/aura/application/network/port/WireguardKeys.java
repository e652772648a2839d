package aura.application.network.port;

import aura.domain.network.MeshKey;
import aura.domain.network.WireguardKey;

/** Where the mesh's WireGuard keys are kept; a key asked for the first time is made then and kept, so re-rendering keeps it. */
public interface WireguardKeys {

    /** The node's key kept with the rendered configurations. */
    MeshKey keyOf(String node);

    /**
     * This machine's own private key, kept in its data directory rather than with the configurations; its public
     * half is kept with the others' so their configurations can name it.
     */
    WireguardKey ownKeyOf(String node);

    /** The preshared key of two nodes (the same whichever is named first). */
    WireguardKey presharedKey(String node, String peer);
}
