package aura.domain.lnn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LiquidNetworkTest {

    static Stream<CellSpec> specs() {
        NcpWiring ncp = NcpWiring.generate(NcpShape.auto(16, 3), 4, 11);
        return Stream.of(LtcSpec.of(ncp, true), LtcSpec.of(FullyConnectedWiring.generate(6, 2, 4, true, 3), false),
                CfcSpec.of(4, 8), new CfcSpec(4, 8, CfcMode.PURE, Activation.SILU, 16, 2),
                new CfcSpec(4, 8, CfcMode.NO_GATE, Activation.GELU, 16, 1), new WiredCfcSpec(ncp, CfcMode.DEFAULT));
    }

    static double[][] sequence(int rows, int width) {
        double[][] x = new double[rows][width];
        for (int t = 0; t < rows; t++) {
            for (int i = 0; i < width; i++) {
                x[t][i] = Math.sin(0.7 * t + 1.3 * i);
            }
        }
        return x;
    }

    @ParameterizedTest
    @MethodSource("specs")
    void wrongInputsAreRejectedWithClearMessages(CellSpec spec) {
        LiquidNetwork net = LiquidNetwork.initialise(spec, 0, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> net.step(new double[3], 1));
        assertTrue(e.getMessage().contains("input must have 4 values, got 3"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> net.step(new double[] {0, Double.NaN, 0, 0}, 1));
        assertTrue(e.getMessage().contains("input[1] is NaN"), e.getMessage());
        for (double dt : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
            e = assertThrows(IllegalArgumentException.class, () -> net.step(new double[4], dt));
            assertTrue(e.getMessage().contains("dt must be finite and > 0"), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> net.run(new double[2][4], new double[] {1}));
    }

    @ParameterizedTest
    @MethodSource("specs")
    void parametersExportedAsArraysRebuildAnIdenticalNetwork(CellSpec spec) {
        LiquidNetwork a = LiquidNetwork.initialise(spec, 3, 5);
        Parameters p = a.parameters();
        LiquidNetwork b = LiquidNetwork.of(spec, Parameters.fromArrays(p.toArrays(), p.shapes()));
        double[][] x = sequence(7, 4);
        double[] dts = {1, 0.5, 2, 1, 0.1, 3, 1};
        assertArrayEquals(a.run(x, dts), b.run(x, dts));
        assertEquals(3, a.outputSize());
    }

    @ParameterizedTest
    @MethodSource("specs")
    void forkedNetworksKeepIndependentStateAndResetReturnsToZero(CellSpec spec) {
        LiquidNetwork a = LiquidNetwork.initialise(spec, 0, 2);
        LiquidNetwork b = a.fork();
        double[] first = a.step(sequence(1, 4)[0], 1);
        a.step(sequence(2, 4)[1], 1);
        assertArrayEquals(first, b.step(sequence(1, 4)[0], 1));
        a.reset();
        assertArrayEquals(new double[a.stateSize()], a.state());
        assertArrayEquals(first, a.step(sequence(1, 4)[0], 1));
    }

    @ParameterizedTest
    @MethodSource("specs")
    void elapsedTimeChangesTheStep(CellSpec spec) {
        LiquidNetwork a = LiquidNetwork.initialise(spec, 0, 2);
        double[] x = sequence(1, 4)[0];
        double[] one = a.step(x, 1.0);
        a.reset();
        assertNotEquals(one[0], a.step(x, 0.25)[0]);
    }

    @Test
    void parameterNamesFollowNcpsTorch() {
        NcpWiring ncp = NcpWiring.generate(NcpShape.auto(16, 3), 4, 11);
        assertTrue(LiquidNetwork.initialise(LtcSpec.of(ncp, true), 2, 1).parameters().tensors().keySet()
                .containsAll(List.of("rnn_cell.sensory_w", "rnn_cell.sparsity_mask", "fc.weight", "fc.bias")));
        Parameters cfc = LiquidNetwork.initialise(new CfcSpec(4, 8, CfcMode.DEFAULT, Activation.RELU, 16, 2), 0, 1)
                .parameters();
        assertEquals(List.of(16, 12), List.of(cfc.tensor("rnn_cell.backbone.0.weight").dim(0),
                cfc.tensor("rnn_cell.backbone.0.weight").dim(1)));
        assertTrue(cfc.has("rnn_cell.backbone.2.weight") && cfc.has("rnn_cell.time_b.bias"));
        Parameters wired = LiquidNetwork.initialise(new WiredCfcSpec(ncp, CfcMode.PURE), 0, 1).parameters();
        assertTrue(wired.has("rnn_cell.layer_2.w_tau") && wired.has("rnn_cell.layer_0.sparsity_mask"));
    }
}
