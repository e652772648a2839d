package aura.domain.network;

import java.util.Optional;

/**
 * A node's key as the renderer knows it: always its public key; its private key too unless the node keeps that
 * on its own machine (then only that machine can render its configuration).
 */
public record MeshKey(WireguardKey publicKey, Optional<WireguardKey> privateKey) {
    public MeshKey {
        if (publicKey == null) throw new IllegalArgumentException("a mesh key needs its public half");
        if (privateKey == null) privateKey = Optional.empty();
    }
}
