package aura.adapters.in.cli;

import aura.domain.lnn.Calibration;
import aura.domain.lnn.FullyConnectedWiring;
import aura.domain.lnn.LiquidNetwork;
import aura.domain.lnn.LnnModel;
import aura.domain.lnn.LnnModelCodec;
import aura.domain.lnn.LtcSpec;
import aura.domain.lnn.Normalisation;
import aura.domain.lnn.Tensor;
import aura.domain.node.Role;
import aura.testing.Http;
import aura.testing.SoloNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.DataOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /api/lnn/predict} on a solo node started as {@code serve} starts it, with a model in its data dir. */
class LnnPredictApiTest {
    @RegisterExtension
    static final SoloNode node = SoloNode.named("lnn-box", Role.LEAD).preparing(LnnPredictApiTest::storeModel);

    /** An LTC whose output map has weight 0 forecasts its bias: memory 0.95 forever, cpu 0.5. */
    private static void storeModel(Path dataDir) throws IOException {
        LtcSpec spec = LtcSpec.of(FullyConnectedWiring.generate(4, 2, 2, true, 7), true);
        var params = LiquidNetwork.initialise(spec, 0, 7).parameters()
                .with("rnn_cell.output_w", Tensor.vector(0, 0)).with("rnn_cell.output_b", Tensor.vector(0, 4.5));
        LnnModel model = new LnnModel(spec, params, new Normalisation(List.of("cpu", "memory"),
                new double[] {0.5, 0.5}, new double[] {0.1, 0.1}), List.of("cpu", "memory"), 1.0,
                new Calibration(3, new double[] {0.02, 0.02}));
        Files.createDirectories(dataDir.resolve("models"));
        try (var out = new DataOutputStream(Files.newOutputStream(dataDir.resolve("models/host.lnn")))) {
            LnnModelCodec.write(model, out);
        }
    }

    private static HttpResponse<String> post(String body) {
        return node.post("/api/lnn/predict", body);
    }

    @Test
    void aStoredModelForecastsTheWindowWithRisksAndARecommendation() throws Exception {
        var response = post("{\"model\":\"host.lnn\",\"window\":[{\"cpu\":0.5,\"memory\":0.8},"
                + "{\"cpu\":0.5,\"memory\":0.85},{\"cpu\":0.5,\"memory\":0.88}]}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("\"driver\":\"memory\"").contains("\"horizon\":15")
                .contains("\"stepsToCrossing\":1").contains("restart or move the largest process");
    }

    @Test
    void anUnauthenticatedRequestIsRefused() throws Exception {
        String body = "{\"model\":\"host.lnn\",\"window\":[{\"cpu\":0.5,\"memory\":0.8}]}";
        assertThat(Http.post(node.base() + "/api/lnn/predict", body, null).statusCode()).isEqualTo(401);
    }

    @Test
    void aRowWithoutAModelColumnIs400NamingTheField() throws Exception {
        var response = post("{\"model\":\"host.lnn\",\"window\":[{\"cpu\":0.5,\"memory\":0.8},{\"cpu\":0.5}]}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"window[1].memory\"").contains("window[1].memory is missing");
    }

    @Test
    void aMissingOrUnsafeModelNameIs400AndAnUnknownOneIs404() throws Exception {
        assertThat(post("{\"window\":[{\"cpu\":0.5,\"memory\":0.8}]}").body()).contains("\"field\":\"model\"");
        var unsafe = post("{\"model\":\"../aura.mv.db\",\"window\":[{\"cpu\":0.5,\"memory\":0.8}]}");
        assertThat(unsafe.statusCode()).isEqualTo(400);
        assertThat(unsafe.body()).contains("\"field\":\"model\"");
        var unknown = post("{\"model\":\"nope.lnn\",\"window\":[{\"cpu\":0.5,\"memory\":0.8}]}");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("no model named 'nope.lnn'");
    }

    @Test
    void aBadHorizonIs400NamingHorizons() throws Exception {
        var response = post("{\"model\":\"host.lnn\",\"window\":[{\"cpu\":0.5,\"memory\":0.8}],\"horizons\":[0]}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"horizons\"");
        var missing = post("{\"model\":\"host.lnn\",\"window\":[{\"cpu\":0.5,\"memory\":0.8}],\"horizons\":[1,null]}");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("\"field\":\"horizons\"");
    }
}
