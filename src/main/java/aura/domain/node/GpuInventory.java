package aura.domain.node;

import java.util.List;

/** The accelerators a node has; empty when there is no driver or no device. */
public record GpuInventory(List<GpuDevice> devices) {
    public GpuInventory {
        devices = List.copyOf(devices);
    }

    public static GpuInventory none() {
        return new GpuInventory(List.of());
    }

    public boolean available() {
        return !devices.isEmpty();
    }
}
