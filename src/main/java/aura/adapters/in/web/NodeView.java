package aura.adapters.in.web;

import aura.application.node.NodeDescription;
import aura.domain.node.Capability;
import aura.domain.node.GpuInventory;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** {@code GET /api/node}. */
@Serdeable
record NodeView(String name, String role, String mode, String version, List<String> capabilities, GpuView gpu) {

    @Serdeable
    record GpuView(boolean available, List<DeviceView> devices) {
        static GpuView of(GpuInventory gpu) {
            return new GpuView(gpu.available(),
                    gpu.devices().stream().map(d -> new DeviceView(d.index(), d.name(), d.memoryMiB())).toList());
        }
    }

    @Serdeable
    record DeviceView(int index, String name, long memoryMiB) {
    }

    static NodeView of(NodeDescription d) {
        var id = d.identity();
        return new NodeView(id.name(), id.role().wireName(), id.mode().wireName(), id.version(),
                d.capabilities().stream().map(Capability::wireName).toList(), GpuView.of(d.gpu()));
    }
}
