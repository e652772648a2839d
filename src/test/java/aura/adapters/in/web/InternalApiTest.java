package aura.adapters.in.web;

import aura.adapters.in.cli.NodeLauncher;
import aura.application.mesh.port.MeshCredential;
import aura.domain.mesh.Inventory;
import aura.adapters.in.cli.NodeSettings;
import aura.adapters.in.cli.StartupRequest;
import aura.testing.Http;
import aura.testing.Services;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Node-to-node calls: without the mesh credential 401 and nothing runs; bad bodies 400 naming the field. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InternalApiTest {
    private static final String ASK = "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";

    @TempDir
    static Path dataDir;
    private ApplicationContext node;
    private String base;
    private String secret;

    @BeforeAll
    void start() {
        int port = Services.freePort();
        node = NodeLauncher.start(NodeSettings.resolve(new StartupRequest(Optional.of("solo"), Optional.empty(),
                Optional.of(port), "h", "1", dataDir.toString()), Inventory.empty(), Map.of()));
        base = "http://127.0.0.1:" + port;
        secret = node.getBean(MeshCredential.class).secret();
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
