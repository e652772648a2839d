package aura.domain.lnn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class WiredCfcCellTest {

    private static final NcpWiring NCP = NcpWiring.generate(NcpShape.auto(16, 3), 4, 11);

    @Test
    void aFullyConnectedWiredCfcIsAPlainCfcWithoutBackbone() {
        FullyConnectedWiring dense = FullyConnectedWiring.generate(5, 5, 4, true, 2);
        WiredCfcSpec wired = new WiredCfcSpec(dense, CfcMode.DEFAULT);
        Parameters p = wired.initialise(new SplittableRandom(4));
        CfcSpec plain = new CfcSpec(4, 5, CfcMode.DEFAULT, Activation.LECUN_TANH, 0, 0);
        LiquidNetwork a = LiquidNetwork.of(wired, p.prefixed(LiquidNetwork.CELL_PREFIX));
        LiquidNetwork b = LiquidNetwork.of(plain, p.under("layer_0.").prefixed(LiquidNetwork.CELL_PREFIX));
        double[][] x = LiquidNetworkTest.sequence(6, 4);
        assertArrayEquals(a.run(x, null), b.run(x, null));
    }

    @Test
    void weightsOutsideTheWiringHaveNoEffectOnFf1() {
        WiredCfcSpec spec = new WiredCfcSpec(NCP, CfcMode.DEFAULT);
        Parameters p = spec.initialise(new SplittableRandom(4));
        int[] firstMotorRowMasked = maskedAndUnmasked(spec.layerMask(2));
        double[] base = run(spec, p);
        assertArrayEquals(base, run(spec, perturb(p, "layer_2.ff1.weight", firstMotorRowMasked[0])));
        assertNotEquals(base[0], run(spec, perturb(p, "layer_2.ff1.weight", firstMotorRowMasked[1]))[0]);
        assertNotEquals(base[0], run(spec, perturb(p, "layer_2.time_a.weight", firstMotorRowMasked[0]))[0]);
    }

    @Test
    void stateIsInterCommandMotorAndOutputIsTheMotorLayer() {
        WiredCfcCell cell = new WiredCfcSpec(NCP, CfcMode.NO_GATE).build(
                new WiredCfcSpec(NCP, CfcMode.NO_GATE).initialise(new SplittableRandom(1)));
        double[] state = new double[16];
        double[] out = new double[3];
        cell.step(new double[] {1, 0, -1, 0.5}, 1.0, state, out, cell.newScratch());
        assertEquals(3, cell.outputSize());
        assertArrayEquals(java.util.Arrays.copyOfRange(state, 13, 16), out);
    }

    @Test
    void aStoredMaskThatContradictsTheWiringIsRejected() {
        WiredCfcSpec spec = new WiredCfcSpec(NCP, CfcMode.DEFAULT);
        Parameters p = spec.initialise(new SplittableRandom(4));
        Parameters wrong = p.with("layer_1.sparsity_mask", Tensor.filled(1.0, p.tensor("layer_1.sparsity_mask").shape()));
        assertThrows(IllegalArgumentException.class, () -> spec.build(wrong));
    }

    /** Index of a masked and of an unmasked weight in row 0 of the mask. */
    private static int[] maskedAndUnmasked(Tensor mask) {
        int masked = -1;
        int unmasked = -1;
        for (int i = 0; i < mask.dim(1); i++) {
            if (mask.get(i) == 0 && masked < 0) {
                masked = i;
            }
            if (mask.get(i) == 1 && unmasked < 0) {
                unmasked = i;
            }
        }
        return new int[] {masked, unmasked};
    }

    private static Parameters perturb(Parameters p, String name, int index) {
        double[] d = p.tensor(name).data();
        d[index] += 0.7;
        return p.with(name, new Tensor(p.tensor(name).shape(), d));
    }

    private static double[] run(WiredCfcSpec spec, Parameters p) {
        LiquidNetwork net = LiquidNetwork.of(spec, p.prefixed(LiquidNetwork.CELL_PREFIX));
        double[][] out = net.run(LiquidNetworkTest.sequence(4, 4), null);
        return out[3];
    }
}
