package aura.application.node;

import aura.domain.node.Capability;
import aura.domain.node.GpuInventory;
import aura.domain.node.NodeIdentity;

import java.util.List;

/** What {@code GET /api/node} shows: who the node is, what its role switched on, and its GPUs. */
public record NodeDescription(NodeIdentity identity, List<Capability> capabilities, GpuInventory gpu) {
}
