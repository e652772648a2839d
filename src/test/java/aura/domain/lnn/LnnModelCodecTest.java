package aura.domain.lnn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LnnModelCodecTest {

    static final List<String> COLUMNS = List.of("cpu", "mem", "disk_io", "net_in");

    static Stream<LnnModel> models() {
        return LiquidNetworkTest.specs().map(spec -> {
            LiquidNetwork net = LiquidNetwork.initialise(spec, 2, 9);
            Normalisation norm = new Normalisation(COLUMNS, new double[] {0.5, 40, 1e6, 3.25},
                    new double[] {0.2, 12.5, 2.5e5, 1.0 / 3});
            return new LnnModel(spec, net.parameters(), norm, List.of("cpu", "net_in"), 15.0);
        });
    }

    static byte[] bytes(LnnModel model) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        LnnModelCodec.write(model, new DataOutputStream(buffer));
        return buffer.toByteArray();
    }

    static LnnModel read(byte[] bytes) throws IOException {
        return LnnModelCodec.read(new DataInputStream(new ByteArrayInputStream(bytes)));
    }

    @ParameterizedTest
    @MethodSource("models")
    void aSavedModelLoadsBackAndPredictsIdentically(LnnModel model) throws IOException {
        byte[] saved = bytes(model);
        LnnModel loaded = read(saved);
        assertEquals(model.cell(), loaded.cell());
        assertEquals(model.normalisation(), loaded.normalisation());
        assertEquals(model.targets(), loaded.targets());
        assertEquals(model.trainingDt(), loaded.trainingDt());
        assertEquals(model.parameters(), loaded.parameters());
        double[][] x = LiquidNetworkTest.sequence(20, 4);
        double[] dts = new double[20];
        Arrays.fill(dts, 0.75);
        assertArrayEquals(model.network().run(x, dts), loaded.network().run(x, dts));
        assertArrayEquals(saved, bytes(loaded), "a read then write gives the same bytes");
    }

    @Test
    void aFileStartsWithTheMagicAndVersion() throws IOException {
        byte[] saved = bytes(models().findFirst().orElseThrow());
        assertEquals("AURA-LNN", new String(saved, 0, 8, java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(1, new DataInputStream(new ByteArrayInputStream(saved, 8, 4)).readInt());
    }

    @Test
    void aForeignOrNewerOrTruncatedFileIsRejected() throws IOException {
        byte[] saved = bytes(models().findFirst().orElseThrow());
        byte[] foreign = saved.clone();
        foreign[0] = 'X';
        assertTrue(assertThrows(IOException.class, () -> read(foreign)).getMessage().contains("magic"));
        byte[] newer = saved.clone();
        newer[11] = 2;
        assertTrue(assertThrows(IOException.class, () -> read(newer)).getMessage().contains("version 2"));
        assertThrows(EOFException.class, () -> read(Arrays.copyOf(saved, saved.length - 3)));
    }

    @Test
    void aModelWhoseParametersDoNotFitItsSpecIsRefused() {
        LnnModel model = models().findFirst().orElseThrow();
        Parameters broken = model.parameters().with("rnn_cell.w", Tensor.filled(0.5, 2, 2));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LnnModel(model.cell(), broken, model.normalisation(), model.targets(), 1.0));
        assertTrue(e.getMessage().contains("'w' has shape [2, 2]"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new LnnModel(model.cell(), model.parameters(),
                model.normalisation(), List.of("cpu", "gpu"), 1.0));
    }
}
