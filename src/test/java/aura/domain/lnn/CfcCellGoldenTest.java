package aura.domain.lnn;

import static aura.domain.lnn.GoldenPattern.pat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The CfC golden vectors of the reference (ncps torch, float64), to 1e-6. */
class CfcCellGoldenTest {

    private static final double TOL = 1e-6;
    private static final int M = 3;
    private static final int N = 4;
    private static final int BACKBONE = 5;

    static Parameters linear(Parameters p, String name, int in, int out, int off) {
        return p.with(name + ".weight", pat(-.5, .5, off, out, in)).with(name + ".bias", pat(-.2, .2, off + 1, out));
    }

    static Parameters goldenParameters(CfcSpec spec) {
        Parameters p = Parameters.empty();
        int in = M + N;
        for (int l = 0; l < spec.backboneLayers(); l++) {
            p = linear(p, CfcSpec.backboneName(l), in, BACKBONE, 20 + 3 * l);
            in = BACKBONE;
        }
        p = linear(p, "ff1", in, N, 30);
        if (spec.mode() == CfcMode.PURE) {
            return p.with("w_tau", pat(-.3, .3, 40, 1, N)).with("A", pat(.5, 1.5, 41, 1, N));
        }
        p = linear(p, "ff2", in, N, 32);
        p = linear(p, "time_a", in, N, 34);
        return linear(p, "time_b", in, N, 36);
    }

    static Stream<Arguments> goldenStates() {
        return Stream.of(
                arguments("default mode unit step", CfcMode.DEFAULT, 1, 1.0,
                        new double[] {0.167686084, 0.001496567, -0.312122800, 0.184419550}),
                arguments("default mode short step", CfcMode.DEFAULT, 1, 0.7,
                        new double[] {0.163977861, 0.003269032, -0.314428975, 0.177576911}),
                arguments("no gate unit step", CfcMode.NO_GATE, 1, 1.0,
                        new double[] {0.241688216, 0.111735941, -0.643264153, 0.173386029}),
                arguments("no gate short step", CfcMode.NO_GATE, 1, 0.7,
                        new double[] {0.245267348, 0.112897017, -0.640560819, 0.165692325}),
                arguments("pure unit step", CfcMode.PURE, 1, 1.0,
                        new double[] {1.293821779, 0.944123976, 0.597078342, 1.210375126}),
                arguments("pure short step", CfcMode.PURE, 1, 0.7,
                        new double[] {1.275007717, 0.930748192, 0.620763809, 1.213072958}),
                arguments("two backbone layers", CfcMode.DEFAULT, 2, 1.0,
                        new double[] {-0.220450223, 0.010443421, 0.015609053, 0.207882248}),
                arguments("no backbone", CfcMode.DEFAULT, 0, 1.0,
                        new double[] {0.387840158, -0.130456438, -0.027061551, 0.192707526}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenStates")
    void theStateAfterThreeStepsIsTheReferences(String what, CfcMode mode, int layers, double ts, double[] expected) {
        CfcSpec spec = new CfcSpec(M, N, mode, Activation.LECUN_TANH, BACKBONE, layers);
        LiquidNetwork net = LiquidNetwork.of(spec, goldenParameters(spec).prefixed(LiquidNetwork.CELL_PREFIX));
        double[] dts = {ts, ts, ts};
        double[][] out = net.run(GoldenPattern.inputs(), dts);
        assertArrayEquals(expected, net.state(), TOL, "state");
        assertArrayEquals(expected, out[2], TOL, "output is the new state");
    }
}
