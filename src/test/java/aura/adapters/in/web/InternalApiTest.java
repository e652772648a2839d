package aura.adapters.in.web;

import aura.application.mesh.port.MeshCredential;
import aura.testing.Http;
import aura.testing.SoloNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Node-to-node calls: without the mesh credential 401 and nothing runs; bad bodies 400 naming the field. */
class InternalApiTest {
    private static final String ASK = "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";

    @RegisterExtension
    static final SoloNode node = SoloNode.named("solo");

    private static Map<String, String> withTheMeshCredential() {
        return Map.of("X-Aura-Mesh", node.bean(MeshCredential.class).secret());
    }

    private java.net.http.HttpResponse<String> generate(String body, Map<String, String> headers) {
        return Http.send("POST", node.base() + "/internal/generate", body, headers);
    }

    @Test
    void generateWithoutTheMeshCredentialIs401AndRunsNothing() {
        for (var headers : java.util.List.of(Map.<String, String>of(), Map.of("X-Aura-Mesh", "wrong"))) {
            var response = generate(ASK, headers);
            assertThat(response.statusCode()).as(headers.toString()).isEqualTo(401);
            assertThat(response.body()).contains("mesh credential");
        }
        assertThat(Http.send("GET", node.base() + "/internal/ping", null, Map.<String, String>of()).statusCode()).isEqualTo(401);
    }

    @Test
    void aNullMessageOrAMissingModelIs400NamingTheField() {
        var nullMessage = generate("{\"model\":\"m\",\"messages\":[null]}", withTheMeshCredential());
        assertThat(nullMessage.statusCode()).isEqualTo(400);
        assertThat(Http.parse(nullMessage.body()).get("field").getStringValue()).isEqualTo("messages");
        var noModel = generate("{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}", withTheMeshCredential());
        assertThat(noModel.statusCode()).isEqualTo(400);
        assertThat(Http.parse(noModel.body()).get("field").getStringValue()).isEqualTo("model");
        var badRole = generate("{\"model\":\"m\",\"messages\":[{\"role\":\"robot\"}]}", withTheMeshCredential());
        assertThat(badRole.statusCode()).isEqualTo(400);
        assertThat(Http.parse(badRole.body()).get("field").getStringValue()).isEqualTo("messages");
    }
}
