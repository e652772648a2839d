package aura.adapters.in.web;

import aura.application.tda.TdaWork;
import aura.domain.node.Role;
import aura.testing.InProcessNode;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** A node whose TDA time limit ({@code aura.tda.time-limit}) is tiny: work that runs past it is refused, naming the field. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TdaTimeLimitApiTest {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @TempDir
    static Path dataDir;
    private InProcessNode node;
    private String base;
    private String token;

    @BeforeAll
    void start() {
        System.setProperty("aura.tda.time-limit", "1ms");
        try {
            node = InProcessNode.solo(dataDir, "tda-deadline", Role.LEAD);
        } finally {
            System.clearProperty("aura.tda.time-limit");
        }
        base = node.base();
        token = node.adminToken();
    }

    @AfterAll
    void stop() {
        node.close();
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String cube(int n) {
        Random random = new Random(7);
        StringBuilder points = new StringBuilder("[");
        for (int i = 0; i < n; i++) {
            points.append(i == 0 ? "" : ",").append('[').append(random.nextDouble()).append(',')
                    .append(random.nextDouble()).append(']');
        }
        return points.append(']').toString();
    }

    @Test
    void persistenceThatRunsPastTheTimeLimitIsRefusedNamingThePoints() throws Exception {
        long before = node.context().getBean(TdaWork.class).expired();
        var response = post("/api/tda/persistence", "{\"points\": " + cube(800) + "}");
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode json = ObjectMapper.getDefault().readValue(response.body(), JsonNode.class);
        assertThat(json.get("field").getStringValue()).isEqualTo("points");
        assertThat(json.get("error").getStringValue()).contains("time limit of 1 ms");
        assertThat(node.context().getBean(TdaWork.class).expired()).isEqualTo(before + 1);
        assertThat(node.context().getBean(TdaWork.class).running()).isZero();
    }

    @Test
    void aDistanceThatRunsPastTheTimeLimitIsRefusedNamingTheLargerDiagram() throws Exception {
        StringBuilder a = new StringBuilder("[");
        StringBuilder b = new StringBuilder("[");
        Random random = new Random(8);
        for (int i = 0; i < 1500; i++) {
            double x = random.nextDouble();
            double y = random.nextDouble();
            a.append(i == 0 ? "" : ",").append('[').append(x).append(',').append(x + random.nextDouble()).append(']');
            b.append(i == 0 ? "" : ",").append('[').append(y).append(',').append(y + random.nextDouble()).append(']');
        }
        b.append(",[0,1]");
        var response = post("/api/tda/distance", "{\"a\": " + a + "], \"b\": " + b + "]}");
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode json = ObjectMapper.getDefault().readValue(response.body(), JsonNode.class);
        assertThat(json.get("field").getStringValue()).isEqualTo("b");
        assertThat(json.get("error").getStringValue()).contains("time limit");
    }
}
