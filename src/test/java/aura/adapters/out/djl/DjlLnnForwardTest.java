package aura.adapters.out.djl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import aura.domain.lnn.Activation;
import aura.domain.lnn.CellSpec;
import aura.domain.lnn.CfcMode;
import aura.domain.lnn.CfcSpec;
import aura.domain.lnn.FullyConnectedWiring;
import aura.domain.lnn.LiquidNetwork;
import aura.domain.lnn.LtcSpec;
import aura.domain.lnn.NcpShape;
import aura.domain.lnn.NcpWiring;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.SplittableRandom;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The DJL forward pass (float32) computes what the plain-Java domain cells compute (float64), to 1e-5. */
class DjlLnnForwardTest {

    private static NDManager manager;

    @BeforeAll
    static void engine() {
        manager = NDManager.newBaseManager(null, DjlForecasterTrainer.ENGINE);
    }

    @AfterAll
    static void close() {
        manager.close();
    }

    static Stream<Arguments> cells() {
        return Stream.of(
                Arguments.of("ltc fully connected, softplus", LtcSpec.of(FullyConnectedWiring.generate(8, 3, 4, true, 5), true), 0),
                Arguments.of("ltc ncp, no constraints", LtcSpec.of(NcpWiring.generate(NcpShape.auto(12, 2), 4, 22222), false), 0),
                Arguments.of("cfc default", CfcSpec.of(4, 8), 3),
                Arguments.of("cfc pure", new CfcSpec(4, 6, CfcMode.PURE, Activation.LECUN_TANH, 16, 1), 0),
                Arguments.of("cfc no_gate, 2 layers silu", new CfcSpec(4, 6, CfcMode.NO_GATE, Activation.SILU, 10, 2), 2),
                Arguments.of("cfc no backbone", new CfcSpec(4, 5, CfcMode.DEFAULT, Activation.LECUN_TANH, 1, 0), 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cells")
    void javaAndDjlForwardPassesAgreeOnRandomInputs(String name, CellSpec spec, int projection) {
        LiquidNetwork java = LiquidNetwork.initialise(spec, projection, 3);
        int batch = 3;
        int steps = 12;
        int m = spec.inputSize();
        SplittableRandom rng = new SplittableRandom(11);
        float[] x = new float[batch * steps * m];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (rng.nextDouble() * 4 - 2);
        }
        double dt = 0.7;
        try (NDManager scope = manager.newSubManager();
             DjlNetwork djl = new DjlNetwork(spec, java.parameters(), scope, DataType.FLOAT32)) {
            NDArray out = djl.forward(scope.create(x, new Shape(batch, steps, m)), dt);
            float[] got = out.toFloatArray();
            int p = java.outputSize();
            assertThat(out.getShape()).isEqualTo(new Shape(batch, steps, p));
            for (int b = 0; b < batch; b++) {
                LiquidNetwork net = java.fork();
                for (int t = 0; t < steps; t++) {
                    double[] in = new double[m];
                    for (int i = 0; i < m; i++) {
                        in[i] = x[(b * steps + t) * m + i];
                    }
                    double[] want = net.step(in, dt);
                    for (int o = 0; o < p; o++) {
                        assertThat((double) got[(b * steps + t) * p + o]).as("b%d t%d o%d", b, t, o)
                                .isCloseTo(want[o], within(1e-5));
                    }
                }
            }
        }
    }
}
