package aura.domain.node;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RoleTest {
    @Test
    void everyRoleHasTheCapabilitiesOfEveryNode() {
        for (Role role : Role.values()) {
            assertThat(role.capabilities()).startsWith(Capability.WEB_UI, Capability.AUTH, Capability.CHAT,
                    Capability.ROUTING, Capability.NOTES, Capability.MONITOR);
        }
    }

    @Test
    void leadAddsTheRegistryAndComputeAddsTheGpuProbe() {
        assertThat(Role.LEAD.capabilities()).contains(Capability.NODE_REGISTRY, Capability.TRAINING_SCHEDULER)
                .doesNotContain(Capability.GPU_PROBE);
        assertThat(Role.COMPUTE.capabilities()).contains(Capability.GPU_PROBE, Capability.TRAINING_EXECUTOR)
                .doesNotContain(Capability.NODE_REGISTRY);
        assertThat(Role.LAPTOP.capabilities()).hasSize(6);
    }

    @Test
    void rolesParseIgnoringCaseAndUnknownOnesAreNamed() {
        assertThat(Role.parse("Compute")).isEqualTo(Role.COMPUTE);
        assertThatThrownBy(() -> Role.parse("boss")).hasMessage("unknown role 'boss' (expected lead, compute or laptop)");
    }

    @Test
    void capabilitiesHaveKebabCaseWireNames() {
        assertThat(Capability.TRAINING_SCHEDULER.wireName()).isEqualTo("training-scheduler");
    }
}
