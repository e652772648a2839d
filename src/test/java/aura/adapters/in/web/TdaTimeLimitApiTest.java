package aura.adapters.in.web;

import aura.application.tda.TdaWork;
import aura.domain.node.Role;
import aura.testing.SoloNode;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** A node whose TDA time limit ({@code aura.tda.time-limit}) is tiny: work that runs past it is refused, naming the field. */
class TdaTimeLimitApiTest {
    @RegisterExtension
    static final SoloNode node = SoloNode.named("tda-deadline", Role.LEAD).withProperty("aura.tda.time-limit", "1ms");

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
        long before = node.bean(TdaWork.class).expired();
        var response = node.post("/api/tda/persistence", "{\"points\": " + cube(800) + "}");
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode json = ObjectMapper.getDefault().readValue(response.body(), JsonNode.class);
        assertThat(json.get("field").getStringValue()).isEqualTo("points");
        assertThat(json.get("error").getStringValue()).contains("time limit of 1 ms");
        assertThat(node.bean(TdaWork.class).expired()).isEqualTo(before + 1);
        assertThat(node.bean(TdaWork.class).running()).isZero();
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
        var response = node.post("/api/tda/distance", "{\"a\": " + a + "], \"b\": " + b + "]}");
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode json = ObjectMapper.getDefault().readValue(response.body(), JsonNode.class);
        assertThat(json.get("field").getStringValue()).isEqualTo("b");
        assertThat(json.get("error").getStringValue()).contains("time limit");
    }
}
