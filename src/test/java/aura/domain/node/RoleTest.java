package aura.domain.node;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RoleTest {
    @Test
    void everyRoleHasTheCapabilitiesOfEveryNode() {
        for (Role role : Role.values()) {
            assertThat(role.capabilities()).startsWith(Capability.WEB_UI, Capability.AUTH, Capability.CHAT,
                    Capability.ROUTING, Capability.OPENAI_API, Capability.OLLAMA_API, Capability.TDA, Capability.LNN,
                    Capability.GPU_PROBE, Capability.MONITOR);
            assertThat(role.capabilities()).contains(Capability.USAGE);
        }
    }

    @Test
    void noRoleAdvertisesWhatNoAdapterRunsYet() {
        for (Role role : Role.values()) {
            assertThat(role.capabilities()).hasSize(12).contains(Capability.NOTES, Capability.USAGE)
                    .doesNotContain(Capability.GENERATION);
        }
    }

    @Test
    void rolesParseIgnoringCaseAndUnknownOnesAreNamed() {
        assertThat(Role.parse("Compute")).isEqualTo(Role.COMPUTE);
        assertThatThrownBy(() -> Role.parse("boss")).hasMessage("unknown role 'boss' (expected lead, compute or laptop)");
    }

    @Test
    void capabilitiesHaveKebabCaseWireNames() {
        assertThat(Capability.OPENAI_API.wireName()).isEqualTo("openai-api");
    }
}
