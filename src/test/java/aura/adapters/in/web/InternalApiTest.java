package aura.adapters.in.web;

import aura.application.mesh.port.MeshCredential;
import aura.testing.Http;
import aura.testing.InProcessNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Node-to-node calls: without the mesh credential 401 and nothing runs; bad bodies 400 naming the field. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InternalApiTest {
    private static final String ASK = "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";

    @TempDir
    static Path dataDir;
    private InProcessNode node;
    private String base;
    private String secret;

    @BeforeAll
    void start() {
        node = InProcessNode.solo(dataDir, "solo");
        base = node.base();
        secret = node.context().getBean(MeshCredential.class).secret();
    }

    @AfterAll
    void stop() {
        node.close();
    }

    private java.net.http.HttpResponse<String> generate(String body, Map<String, String> headers) {
        return Http.send("POST", base + "/internal/generate", body, headers);
    }

    @Test
    void generateWithoutTheMeshCredentialIs401AndRunsNothing() {
        for (var headers : java.util.List.of(Map.<String, String>of(), Map.of("X-Aura-Mesh", "wrong"))) {
            var response = generate(ASK, headers);
            assertThat(response.statusCode()).as(headers.toString()).isEqualTo(401);
            assertThat(response.body()).contains("mesh credential");
        }
        assertThat(Http.send("GET", base + "/internal/ping", null, Map.<String, String>of()).statusCode()).isEqualTo(401);
    }

    @Test
    void aNullMessageOrAMissingModelIs400NamingTheField() {
        var nullMessage = generate("{\"model\":\"m\",\"messages\":[null]}", Map.of("X-Aura-Mesh", secret));
        assertThat(nullMessage.statusCode()).isEqualTo(400);
        assertThat(Http.parse(nullMessage.body()).get("field").getStringValue()).isEqualTo("messages");
        var noModel = generate("{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}", Map.of("X-Aura-Mesh", secret));
        assertThat(noModel.statusCode()).isEqualTo(400);
        assertThat(Http.parse(noModel.body()).get("field").getStringValue()).isEqualTo("model");
        var badRole = generate("{\"model\":\"m\",\"messages\":[{\"role\":\"robot\"}]}", Map.of("X-Aura-Mesh", secret));
        assertThat(badRole.statusCode()).isEqualTo(400);
        assertThat(Http.parse(badRole.body()).get("field").getStringValue()).isEqualTo("messages");
    }
}
