package aura.domain.lnn;

import static aura.domain.lnn.GoldenPattern.pat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The LTC golden vectors of the reference (ncps torch, float64), to 1e-6. */
class LtcCellGoldenTest {

    private static final double TOL = 1e-6;

    static Parameters goldenParameters() {
        Map<String, Tensor> p = new LinkedHashMap<>();
        p.put("gleak", pat(.1, 1, 1, 4));
        p.put("vleak", pat(-.2, .2, 2, 4));
        p.put("cm", pat(.4, .6, 3, 4));
        p.put("w", pat(.05, 1, 4, 4, 4));
        p.put("sigma", pat(3, 8, 5, 4, 4));
        p.put("mu", pat(.3, .8, 6, 4, 4));
        double[] erev = new double[16];
        double[] mask = new double[16];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                erev[i * 4 + j] = (i + 2 * j) % 3 == 0 ? -1 : 1;
                mask[i * 4 + j] = (i == 0 && j == 1) ? 0 : 1;
            }
        }
        p.put("erev", Tensor.matrix(4, 4, erev));
        p.put("sensory_w", pat(.05, 1, 7, 3, 4));
        p.put("sensory_sigma", pat(3, 8, 8, 3, 4));
        p.put("sensory_mu", pat(.3, .8, 9, 3, 4));
        double[] serev = new double[12];
        double[] smask = new double[12];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 4; j++) {
                serev[i * 4 + j] = (i + j) % 2 == 0 ? 1 : -1;
                smask[i * 4 + j] = (i == 2 && j == 3) ? 0 : 1;
            }
        }
        p.put("sensory_erev", Tensor.matrix(3, 4, serev));
        p.put("sparsity_mask", Tensor.matrix(4, 4, mask));
        p.put("sensory_sparsity_mask", Tensor.matrix(3, 4, smask));
        p.put("input_w", pat(.5, 1.5, 10, 3));
        p.put("input_b", pat(-.1, .1, 11, 3));
        p.put("output_w", pat(.5, 1.5, 12, 2));
        p.put("output_b", pat(-.1, .1, 13, 2));
        return new Parameters(p);
    }

    /** A wiring whose adjacency is the golden erev with the golden mask applied. */
    static Wiring goldenWiring() {
        Parameters p = goldenParameters();
        return new FullyConnectedWiring(4, 2, adjacency(p, "erev", "sparsity_mask"),
                adjacency(p, "sensory_erev", "sensory_sparsity_mask"));
    }

    private static Adjacency adjacency(Parameters p, String erev, String mask) {
        Tensor e = p.tensor(erev);
        Tensor m = p.tensor(mask);
        int[] pol = new int[e.size()];
        for (int i = 0; i < pol.length; i++) {
            pol[i] = (int) (e.get(i) * m.get(i));
        }
        return new Adjacency(e.dim(0), e.dim(1), pol);
    }

    static Stream<Arguments> goldenSteps() {
        return Stream.of(
                arguments("explicit constraints with unit step", false, 1.0,
                        new double[] {0.549391197, 0.237997824, 0.527073041, -0.269897752},
                        new double[] {0.269634718, 0.389397171}),
                arguments("explicit constraints with half step", false, 0.5,
                        new double[] {0.522906708, 0.214483189, 0.473939319, -0.278000577},
                        new double[] {0.253744025, 0.358828146}),
                arguments("softplus constraints with unit step", true, 1.0,
                        new double[] {0.343162013, 0.153685976, 0.454841335, -0.212983027},
                        new double[] {0.145897208, 0.279791769}),
                arguments("softplus constraints with half step", true, 0.5,
                        new double[] {0.296568642, 0.134277356, 0.418012762, -0.191764901},
                        new double[] {0.117941185, 0.254560562}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenSteps")
    void stateAndOutputMatchNcps(String what, boolean implicit, double dt, double[] expectedState,
                                 double[] expectedOutput) {
        LtcCell cell = LtcSpec.of(goldenWiring(), implicit).build(goldenParameters());
        double[] state = new double[4];
        double[] out = new double[2];
        double[] scratch = cell.newScratch();
        for (double[] x : GoldenPattern.inputs()) {
            cell.step(x, dt, state, out, scratch);
        }
        assertArrayEquals(expectedState, state, TOL, "state");
        assertArrayEquals(expectedOutput, out, TOL, "output");
    }
}
