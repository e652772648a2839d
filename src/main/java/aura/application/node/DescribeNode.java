package aura.application.node;

import aura.domain.mesh.NodeSettings;
import jakarta.inject.Singleton;

/** Describes this node: identity, capabilities of its role, and the GPUs the probe found. */
@Singleton
public class DescribeNode {
    private final NodeSettings settings;
    private final GpuProbe gpuProbe;

    public DescribeNode(NodeSettings settings, GpuProbe gpuProbe) {
        this.settings = settings;
        this.gpuProbe = gpuProbe;
    }

    public NodeDescription describe() {
        var identity = settings.identity();
        return new NodeDescription(identity, identity.role().capabilities(), gpuProbe.probe());
    }
}
