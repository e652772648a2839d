package aura.adapters.in.web;

import aura.application.mesh.LanNode;
import io.micronaut.serde.annotation.Serdeable;

/** A node heard on the LAN, as {@code GET /api/mesh/lan} shows it. */
@Serdeable
record LanNodeView(String name, String role, String address, int port, boolean inInventory) {
    static LanNodeView of(LanNode node) {
        return new LanNodeView(node.heard().name(), node.heard().role(), node.heard().address(), node.heard().port(),
                node.inInventory());
    }
}
