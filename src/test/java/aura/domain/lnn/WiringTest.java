package aura.domain.lnn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class WiringTest {

    @Test
    void autoNcpOf32UnitsAnd5OutputsSplitsIntoNcpsLayerSizes() {
        NcpShape shape = NcpShape.auto(32, 5);
        assertEquals(17, shape.inter());
        assertEquals(10, shape.command());
        assertEquals(5, shape.motor());
        assertEquals(8, shape.sensoryFanout());
        assertEquals(5, shape.interFanout());
        assertEquals(10, shape.recurrentCommandSynapses());
        assertEquals(5, shape.motorFanin());
    }

    @ParameterizedTest
    @CsvSource({"16,5,1", "32,5,22222", "64,5,7", "32,5,99", "12,2,3", "40,8,5"})
    void generatedNcpKeepsItsConnectivityInvariants(int units, int outputs, long seed) {
        NcpWiring w = NcpWiring.generate(NcpShape.auto(units, outputs), 5, seed);
        int motor = w.motor();
        int command = w.command();
        Adjacency adj = w.adjacency();
        Adjacency sens = w.sensoryAdjacency();
        for (int inter = motor + command; inter < units; inter++) {
            assertTrue(columnHasSynapse(sens, inter, 0, 5), "inter " + inter + " has a sensory input");
            assertTrue(rowHasSynapse(adj, inter, motor, motor + command), "inter " + inter + " reaches a command");
        }
        for (int c = motor; c < motor + command; c++) {
            assertTrue(rowHasSynapse(adj, c, 0, motor), "command " + c + " has a motor output");
            assertTrue(columnHasSynapse(adj, c, motor + command, units), "command " + c + " has an inter input");
        }
        for (int m = 0; m < motor; m++) {
            assertTrue(columnHasSynapse(adj, m, motor, motor + command), "motor " + m + " has a command input");
        }
        for (int pre = 0; pre < units; pre++) {
            for (int post = 0; post < units; post++) {
                if (adj.get(pre, post) != 0) {
                    assertTrue(allowed(pre, post, motor, command), pre + "->" + post + " follows the NCP layers");
                }
            }
        }
        for (int i = 0; i < 5; i++) {
            for (int post = 0; post < motor + command; post++) {
                assertEquals(0, sens.get(i, post), "sensory neurons only reach inter neurons");
            }
        }
    }

    @Test
    void autoNcpOf32HasAboutAsManySynapsesAsNcpsDraws() {
        NcpWiring w = NcpWiring.generate(NcpShape.auto(32, 5), 5, 22222);
        assertTrue(w.adjacency().synapseCount() >= 100 && w.adjacency().synapseCount() <= 130,
                "ncps draws 119 of 1024, got " + w.adjacency().synapseCount());
        assertTrue(w.sensoryAdjacency().synapseCount() >= 40 && w.sensoryAdjacency().synapseCount() <= 50,
                "ncps draws 44 of 160, got " + w.sensoryAdjacency().synapseCount());
    }

    @Test
    void sameSeedGivesSameWiringAndPolarityIsPlusOrMinusOne() {
        NcpWiring a = NcpWiring.generate(NcpShape.auto(32, 5), 5, 42);
        assertEquals(a, NcpWiring.generate(NcpShape.auto(32, 5), 5, 42));
        FullyConnectedWiring f = FullyConnectedWiring.generate(8, 2, 3, true, 1);
        for (int p : f.adjacency().polarity()) {
            assertTrue(p == 1 || p == -1);
        }
        for (int p : a.adjacency().polarity()) {
            assertTrue(p >= -1 && p <= 1);
        }
    }

    @Test
    void fullyConnectedWithoutSelfConnectionsHasAZeroDiagonal() {
        FullyConnectedWiring f = FullyConnectedWiring.generate(6, 6, 2, false, 3);
        for (int i = 0; i < 6; i++) {
            assertEquals(0, f.adjacency().get(i, i));
        }
        assertEquals(30, f.adjacency().synapseCount());
        assertEquals(12, f.sensoryAdjacency().synapseCount());
    }

    @Test
    void ltcMasksAreTheAbsoluteAdjacencyAndErevStartsAsTheAdjacency() {
        NcpWiring w = NcpWiring.generate(NcpShape.auto(16, 5), 3, 5);
        Parameters p = LtcSpec.of(w, true).initialise(new java.util.SplittableRandom(1));
        assertEquals(w.adjacency().mask(), p.tensor("sparsity_mask"));
        assertEquals(w.sensoryAdjacency().mask(), p.tensor("sensory_sparsity_mask"));
        assertEquals(w.adjacency().toTensor(), p.tensor("erev"));
        assertEquals(w.sensoryAdjacency().toTensor(), p.tensor("sensory_erev"));
        LtcCell cell = LtcSpec.of(w, true).build(p);
        assertEquals(w.adjacency().synapseCount(), cell.recurrentSynapses());
        assertEquals(w.sensoryAdjacency().synapseCount(), cell.sensorySynapses());
    }

    @Test
    void invalidSizesAreRejectedWithTheReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NcpShape.auto(10, 8));
        assertTrue(e.getMessage().contains("output size"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> NcpShape.auto(32, 5, 0.05));
        assertTrue(e.getMessage().contains("sparsity"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Adjacency(1, 2, new int[] {2, 0}));
        assertThrows(IllegalArgumentException.class,
                () -> new FullyConnectedWiring(3, 4, Adjacency.empty(3, 3), Adjacency.empty(1, 3)));
    }

    private static boolean allowed(int pre, int post, int motor, int command) {
        boolean preCommand = pre >= motor && pre < motor + command;
        boolean preInter = pre >= motor + command;
        boolean postMotor = post < motor;
        boolean postCommand = post >= motor && post < motor + command;
        return (preInter && postCommand) || (preCommand && (postCommand || postMotor));
    }

    private static boolean rowHasSynapse(Adjacency a, int row, int from, int to) {
        for (int c = from; c < to; c++) {
            if (a.get(row, c) != 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean columnHasSynapse(Adjacency a, int col, int from, int to) {
        for (int r = from; r < to; r++) {
            if (a.get(r, col) != 0) {
                return true;
            }
        }
        return false;
    }
}
