package aura.adapters.in.web;

import aura.testing.Http;
import aura.testing.SoloNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A node started with security off ({@code MICRONAUT_SECURITY_ENABLED=false}, as the auth benchmark compares
 * against) still serves: nothing of this project's own security wiring may be required without Micronaut Security.
 */
class SecurityOffTest {
    @RegisterExtension
    static final SoloNode node = SoloNode.named("open-box").withProperty("micronaut.security.enabled", "false");

    @Test
    void aNodeWithSecurityOffAnswersHealthAndItsNodeDocument() {
        assertThat(Http.get(node.base() + "/health").statusCode()).isEqualTo(200);
        var answer = Http.get(node.base() + "/api/node");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.body()).contains("open-box");
    }
}
