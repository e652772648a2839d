package aura.adapters.in.web;

import aura.application.tda.TdaWork;
import aura.domain.node.Role;
import aura.testing.Http;
import aura.testing.SoloNode;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * {@code /api/tda} on a running solo node with the default limits: barcodes, Betti numbers, diagram distances,
 * refusals naming the field and the limit, one computation at a time, and work that stops when its client goes.
 */
class TdaApiTest {
    private static final String SQUARE = "[[0,0],[1,0],[1,1],[0,1]]";

    @RegisterExtension
    static final SoloNode node = SoloNode.named("tda-box", Role.LEAD);

    record Answer(int status, JsonNode json) {
    }

    private static Answer post(String path, String body) throws IOException {
        var response = node.post(path, body);
        return new Answer(response.statusCode(), ObjectMapper.getDefault().readValue(response.body(), JsonNode.class));
    }

    /** A 400 naming {@code field}, with {@code message} in its error. */
    private static void assertRefused(Answer answer, String field, String message) {
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("field").getStringValue()).isEqualTo(field);
        assertThat(answer.json().get("error").getStringValue()).contains(message);
    }

    @Test
    void theTdaApiNeedsALogin() throws Exception {
        assertThat(Http.post(node.base() + "/api/tda/distance", "{}", null).statusCode()).isEqualTo(401);
    }

    @Test
    void persistenceOfASquareHasOneLoopAndBettiNumbersAtTheScale() throws Exception {
        var answer = post("/api/tda/persistence", "{\"points\": " + SQUARE + ", \"scale\": 1.2}");
        assertThat(answer.status()).isEqualTo(200);
        JsonNode json = answer.json();
        assertThat(json.get("points").getIntValue()).isEqualTo(4);
        assertThat(json.get("dimensions").size()).isEqualTo(2);
        JsonNode h0 = json.get("dimensions").get(0).get("bars");
        assertThat(h0.size()).isEqualTo(4);
        assertThat(h0.get(3).get(1).isNull()).as("the component that never dies").isTrue();
        JsonNode h1 = json.get("dimensions").get(1).get("bars");
        assertThat(h1.size()).isEqualTo(1);
        assertThat(h1.get(0).get(0).getDoubleValue()).isEqualTo(1.0);
        assertThat(h1.get(0).get(1).getDoubleValue()).isCloseTo(Math.sqrt(2), within(1e-12));
        assertThat(json.get("bettiNumbers").get(0).getIntValue()).isEqualTo(1);
        assertThat(json.get("bettiNumbers").get(1).getIntValue()).isEqualTo(1);
        assertThat(json.get("scale").getDoubleValue()).isEqualTo(1.2);
    }

    @Test
    void persistenceReadsFullAndLowerDistanceMatricesWithDimThresholdAndModulus() throws Exception {
        double r = Math.sqrt(2);
        String full = "[[0,1,%s,1],[1,0,1,%s],[%s,1,0,1],[1,%s,1,0]]".formatted(r, r, r, r);
        String lower = "[[],[1],[%s,1],[1,%s,1]]".formatted(r, r);
        var fromFull = post("/api/tda/persistence", "{\"distanceMatrix\": " + full + ", \"dim\": 2, \"modulus\": 3}");
        var fromLower = post("/api/tda/persistence", "{\"distanceMatrix\": " + lower + ", \"format\": \"lower\", \"dim\": 2, \"modulus\": 3}");
        assertThat(fromFull.status()).isEqualTo(200);
        assertThat(fromLower.json()).isEqualTo(fromFull.json());
        assertThat(fromFull.json().get("dimensions").size()).isEqualTo(3);
        assertThat(fromFull.json().get("bettiNumbers").isNull()).isTrue();
        var cut = post("/api/tda/persistence", "{\"points\": " + SQUARE + ", \"threshold\": 1.2}");
        assertThat(cut.json().get("dimensions").get(1).get("bars").get(0).get(1).isNull()).as("loop alive at the threshold").isTrue();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"points\": [[0,0],[1]]}                          | points         | ragged",
            "{\"points\": [[0,0],[1,\"x\"]]}                    | points         | points[1][1] must be a number",
            "{\"points\": []}                                   | points         | empty",
            "{}                                                 | points         | exactly one of points and distanceMatrix",
            "{\"points\": [[0]], \"distanceMatrix\": [[0]]}     | distanceMatrix | exactly one of points and distanceMatrix",
            "{\"distanceMatrix\": [[0,1],[1,0],[2,2]]}          | distanceMatrix | not square",
            "{\"distanceMatrix\": [[1],[1]], \"format\": \"lower\"} | distanceMatrix | row 2",
            "{\"distanceMatrix\": [[0]], \"format\": \"upper\"} | format         | format must be",
            "{\"points\": [[0]], \"modulus\": 4}                | modulus        | prime",
            "{\"points\": [[0]], \"dim\": -1}                   | dim            | dim must be between",
            "{\"points\": [[0]], \"dim\": 1.5}                  | dim            | integer",
            "{\"points\": [[0]], \"threshold\": -1}             | threshold      | negative",
            "{\"points\": [[0]], \"scale\": \"big\"}            | scale          | must be a number"})
    void persistenceRefusesBadInputNamingTheField(String body, String field, String message) throws Exception {
        var answer = post("/api/tda/persistence", body);
        assertRefused(answer, field, message);
    }

    @Test
    void malformedJsonIsRefusedWithTheSameBody() throws Exception {
        var answer = post("/api/tda/persistence", "{\"points\": [[0,0]");
        assertRefused(answer, "body", "not valid JSON");
    }

    private static String cube(int n, long seed) {
        java.util.Random random = new java.util.Random(seed);
        StringBuilder points = new StringBuilder("[");
        for (int i = 0; i < n; i++) {
            points.append(i == 0 ? "" : ",").append('[').append(random.nextDouble()).append(',')
                    .append(random.nextDouble()).append(',').append(random.nextDouble()).append(']');
        }
        return points.append(']').toString();
    }

    private static String bars(int n) {
        StringBuilder bars = new StringBuilder("[");
        for (int i = 0; i < n; i++) bars.append(i == 0 ? "" : ",").append('[').append(i).append(',').append(i + 2).append(']');
        return bars.append(']').toString();
    }

    @Test
    void moreThanFiveThousandPointsAreRefusedNamingTheFieldAndTheLimit() throws Exception {
        var answer = post("/api/tda/persistence", "{\"points\": " + cube(5001, 1) + ", \"dim\": 0}");
        assertRefused(answer, "points", "at most 5000");
    }

    @Test
    void aDimensionThatMeansTooManySimplicesIsRefusedBeforeAnyWork() throws Exception {
        var answer = post("/api/tda/persistence", "{\"points\": " + cube(1000, 2) + ", \"dim\": 2}");
        assertRefused(answer, "points", "simplices");
        assertThat(answer.json().get("error").getStringValue()).contains("at most 5.0e+09");
        assertThat(node.bean(TdaWork.class).running()).isZero();
    }

    @Test
    void aThresholdBringsTheSameCloudWithinTheLimit() throws Exception {
        var answer = post("/api/tda/persistence", "{\"points\": " + cube(1000, 2) + ", \"dim\": 2, \"threshold\": 0.05}");
        assertThat(answer.status()).isEqualTo(200);
    }

    @Test
    void diagramsWithTooManyPairsOfBarsAreRefusedNamingTheLargerOne() throws Exception {
        var answer = post("/api/tda/distance", "{\"a\": " + bars(1000) + ", \"b\": " + bars(4001) + "}");
        assertRefused(answer, "b", "at most 4000000 pairs");
        var bottleneck = post("/api/tda/distance", "{\"a\": " + bars(4001) + ", \"b\": " + bars(1000) + ", \"bottleneck\": true}");
        assertThat(bottleneck.status()).isEqualTo(400);
        assertThat(bottleneck.json().get("field").getStringValue()).isEqualTo("a");
    }

    @Test
    void aSecondComputationWaitsItsTurnAndADisconnectedClientsWorkStops() throws Exception {
        TdaWork work = node.bean(TdaWork.class);
        long abandonedBefore = work.abandoned();
        byte[] body = ("{\"points\": " + cube(2500, 3) + "}").getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket("127.0.0.1", node.node().port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/tda/persistence HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Authorization: Bearer " + node.token() + "\r\nContent-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            await(() -> work.running() == 1, "the computation starts");

            var second = node.post("/api/tda/persistence", "{\"points\": " + SQUARE + "}");
            assertThat(second.statusCode()).isEqualTo(503);
            assertThat(second.headers().firstValue("Retry-After")).hasValue("5");
        }
        await(() -> work.abandoned() == abandonedBefore + 1, "the computation stops once its client has gone");
        await(() -> work.running() == 0, "the slot is free again");
        assertThat(post("/api/tda/persistence", "{\"points\": " + SQUARE + "}").status()).isEqualTo(200);
    }

    private static void await(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        long end = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(120);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) throw new AssertionError("waited 120 s for: " + what);
            Thread.sleep(20);
        }
    }

    @Test
    void distanceIsWassersteinByDefaultAndBottleneckOnRequest() throws Exception {
        String diagrams = "\"a\": [[0,4],[1,null]], \"b\": [[0,3],[2,\"inf\"]]";
        var w2 = post("/api/tda/distance", "{" + diagrams + "}");
        assertThat(w2.status()).isEqualTo(200);
        assertThat(w2.json().get("distance").getDoubleValue()).isCloseTo(Math.sqrt(2), within(1e-12));
        assertThat(w2.json().get("metric").getStringValue()).isEqualTo("wasserstein");
        assertThat(w2.json().get("p").getDoubleValue()).isEqualTo(2.0);
        var w1 = post("/api/tda/distance", "{" + diagrams + ", \"p\": 1}");
        assertThat(w1.json().get("distance").getDoubleValue()).isCloseTo(2.0, within(1e-12));
        var bottleneck = post("/api/tda/distance", "{" + diagrams + ", \"bottleneck\": true}");
        assertThat(bottleneck.json().get("distance").getDoubleValue()).isEqualTo(1.0);
        assertThat(bottleneck.json().get("metric").getStringValue()).isEqualTo("bottleneck");
    }

    @Test
    void distanceIsInfiniteWhenTheInfiniteBarsDoNotPairUp() throws Exception {
        var answer = post("/api/tda/distance", "{\"a\": [[0,1],[0,null]], \"b\": [[0,1]]}");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("distance").isNull()).isTrue();
        assertThat(answer.json().get("infinite").getBooleanValue()).isTrue();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"b\": []}                                    | a          | array of [birth, death] pairs",
            "{\"a\": [], \"b\": [[1,2,3]]}                  | b          | b[0] must be a [birth, death] pair",
            "{\"a\": [[2,1]], \"b\": []}                    | a          | before birth",
            "{\"a\": [[0,\"soon\"]], \"b\": []}             | a          | a[0][1] must be a number, null or \"inf\"",
            "{\"a\": [], \"b\": [], \"p\": 0.5}             | p          | p must be a number >= 1",
            "{\"a\": [], \"b\": [], \"p\": 2, \"bottleneck\": true} | p  | not both",
            "{\"a\": [], \"b\": [], \"bottleneck\": \"yes\"} | bottleneck | true or false"})
    void distanceRefusesBadInputNamingTheField(String body, String field, String message) throws Exception {
        var answer = post("/api/tda/distance", body);
        assertRefused(answer, field, message);
    }
}
