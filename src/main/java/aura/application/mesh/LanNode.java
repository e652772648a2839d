package aura.application.mesh;

import aura.domain.node.LanNeighbour;

/** A node heard on the LAN, and whether the inventory names a node of that name (shown, never trusted either way). */
public record LanNode(LanNeighbour heard, boolean inInventory) {
}
