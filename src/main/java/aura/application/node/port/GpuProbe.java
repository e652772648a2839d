package aura.application.node.port;

import aura.domain.node.GpuInventory;

/** Asks the local driver which accelerators this machine has. Never throws: no driver means no GPU. */
public interface GpuProbe {
    GpuInventory probe();
}
