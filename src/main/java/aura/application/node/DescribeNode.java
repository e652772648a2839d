package aura.application.node;

import aura.application.node.port.GpuProbe;
import aura.application.node.port.LocalNetwork;
import aura.application.node.port.LoraTrainerCommand;
import aura.domain.node.Capability;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;

/**
 * Describes this node: identity, what it runs (its role's capabilities, generation when it has a backend, backups on
 * the mesh's lead, training where it executes jobs and lora where it also has a trainer command), its GPUs.
 */
@Singleton
public record DescribeNode(ThisNode thisNode, GpuProbe gpuProbe, LeadWork leadWork, LocalNetwork lan,
                           LoraTrainerCommand loraTrainer) {
    public NodeDescription describe() {
        var identity = thisNode.identity();
        List<Capability> capabilities = new ArrayList<>(identity.role().capabilities());
        if (thisNode.generates()) capabilities.add(Capability.GENERATION);
        if (leadWork.backups()) capabilities.add(Capability.BACKUPS);
        if (identity.executesTraining()) capabilities.add(Capability.TRAINING);
        if (identity.executesTraining() && loraTrainer.available()) capabilities.add(Capability.LORA);
        if (lan.announcing()) capabilities.add(Capability.MDNS);
        return new NodeDescription(identity, List.copyOf(capabilities), gpuProbe.probe());
    }
}
